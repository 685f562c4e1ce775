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

interface AuthFetchOptions {
  store?: TokenStore
  /** navigator.locks by default; without it (old browsers) tabs refresh independently. */
  locks?: LockManagerLike | null
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
  { store = defaultStore, locks = globalThis.navigator?.locks ?? null }: AuthFetchOptions = {},
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
      store.set({ accessToken: body.access_token, refreshToken: body.refresh_token })
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
