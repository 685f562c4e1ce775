import { tokenStore as defaultStore, type TokenStore, type Tokens } from '@/lib/auth/token-store'

type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

export const REFRESH_PATH = '/api/v1/auth/refresh'
const NO_RETRY = ['/api/v1/auth/login', '/api/v1/auth/token', REFRESH_PATH, '/api/v1/auth/logout']
/** One refresh at a time across every tab of the app (same origin). */
export const REFRESH_LOCK = 'sales.auth.refresh'

interface TokenPairBody {
  access_token: string
  refresh_token: string
}

/**
 * What the tab that rotated the tokens leaves for the next holder of the lock. The
 * tokens are in localStorage too, but a write there reaches other tabs' processes a
 * moment later, possibly after the lock has passed on; an IndexedDB transaction that
 * has completed is seen by every tab's next one, so the handoff cannot be missed.
 */
export interface RotationLog {
  /** The tokens that replaced `refreshToken`, when a tab rotated it. */
  after(refreshToken: string): Promise<Tokens | null>
  record(from: string, to: Tokens): Promise<void>
}

const ROTATIONS = 'rotations'

/** The rotation log in IndexedDB (`null` where there is none: tabs then rely on localStorage). */
export function indexedDbRotationLog(factory: IDBFactory | undefined = globalThis.indexedDB): RotationLog | null {
  if (!factory) return null
  let opened: Promise<IDBDatabase> | null = null
  const open = () =>
    (opened ??= new Promise((resolve, reject) => {
      const request = factory.open('sales.auth', 1)
      request.onupgradeneeded = () => request.result.createObjectStore(ROTATIONS)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    }))
  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await open()
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(ROTATIONS, mode)
      const request = work(transaction.objectStore(ROTATIONS))
      transaction.oncomplete = () => resolve(request.result)
      transaction.onerror = transaction.onabort = () => reject(transaction.error)
    })
  }
  return {
    async after(refreshToken) {
      try {
        const last = (await run('readonly', (store) => store.get('last'))) as { from: string; to: Tokens } | undefined
        return last?.from === refreshToken ? last.to : null
      } catch {
        return null
      }
    },
    async record(from, to) {
      try {
        await run('readwrite', (store) => store.put({ from, to }, 'last'))
      } catch {
        // Without the log the next tab reads localStorage (and the API's short grace covers a miss).
      }
    },
  }
}

interface AuthFetchOptions {
  store?: TokenStore
  /** navigator.locks by default; without it (old browsers) tabs refresh independently. */
  locks?: LockManagerLike | null
  /** IndexedDB by default; see RotationLog. */
  rotations?: RotationLog | null
}

function withBearer(request: Request, tokens: Tokens | null): Request {
  if (!tokens || request.headers.has('Authorization')) return request
  const headers = new Headers(request.headers)
  headers.set('Authorization', `Bearer ${tokens.accessToken}`)
  return new Request(request, { headers })
}

/**
 * A fetch that sends the bearer token and, when the access token has expired
 * (401), rotates the refresh token once and replays the request.
 *
 * A refresh token is valid exactly once: the API treats a second use as theft
 * and revokes the whole session. So concurrent 401s of this tab share one
 * refresh, and the tabs of the app take turns through a Web Lock: the tab
 * that gets the lock second finds the tokens the first one stored (localStorage
 * is shared) and uses them instead of refreshing again.
 */
export function createAuthFetch(
  baseFetch: FetchLike = (input, init) => globalThis.fetch(input, init),
  {
    store = defaultStore,
    locks = globalThis.navigator?.locks ?? null,
    rotations = indexedDbRotationLog(),
  }: AuthFetchOptions = {},
) {
  let inFlight: Promise<boolean> | null = null

  const exclusively = <T>(work: () => Promise<T>): Promise<T> => (locks ? locks.request(REFRESH_LOCK, work) : work())

  /** `stale` are the tokens the refused request was sent with. */
  async function refresh(origin: string, stale: Tokens): Promise<boolean> {
    return exclusively(async () => {
      const tokens = store.reload()
      if (!tokens) return false
      // Another tab (or an earlier turn of this one) rotated the tokens meanwhile.
      if (tokens.refreshToken !== stale.refreshToken) return true
      const handed = await rotations?.after(stale.refreshToken)
      if (handed) {
        store.set(handed)
        return true
      }
      let response: Response
      try {
        response = await baseFetch(
          new Request(new URL(REFRESH_PATH, origin), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ refresh_token: tokens.refreshToken }),
          }),
        )
      } catch {
        return false
      }
      if (!response.ok) {
        // Only end the session if nobody replaced the tokens meanwhile.
        if (store.reload()?.refreshToken === tokens.refreshToken) store.set(null, 'expired')
        return false
      }
      const body = (await response.json()) as TokenPairBody
      const rotated = { accessToken: body.access_token, refreshToken: body.refresh_token }
      store.set(rotated)
      await rotations?.record(tokens.refreshToken, rotated)
      return true
    })
  }

  function refreshOnce(origin: string, stale: Tokens): Promise<boolean> {
    inFlight ??= refresh(origin, stale).finally(() => {
      inFlight = null
    })
    return inFlight
  }

  return async function authFetch(input: Request, init?: RequestInit): Promise<Response> {
    const url = new URL(input.url)
    const replay = input.clone()
    const sentWith = store.get()
    const response = await baseFetch(withBearer(input, sentWith), init)
    if (response.status !== 401 || NO_RETRY.includes(url.pathname) || !sentWith) return response
    // Another request may have refreshed while this one was in flight.
    const refreshed = store.get()?.accessToken !== sentWith.accessToken || (await refreshOnce(url.origin, sentWith))
    const tokens = store.get()
    if (!refreshed || !tokens) return response
    return baseFetch(withBearer(stripAuth(replay), tokens), init)
  }
}

function stripAuth(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.delete('Authorization')
  return new Request(request, { headers })
}
