import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Tokens } from '@/lib/auth/token-store'
import { createTokenStore, STORAGE_KEY, tokenStore } from '@/lib/auth/token-store'
import { createAuthFetch, type LockManagerLike, type RotationLog } from './auth-fetch'

const ORIGIN = 'http://localhost:3000'
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
const unauthorized = () => new Response(JSON.stringify({ title: 'Authentication required', status: 401, code: 'auth.unauthorized' }), { status: 401 })

describe('createAuthFetch', () => {
  beforeEach(() => tokenStore.set({ accessToken: 'old-access', refreshToken: 'old-refresh' }))

  it('sends the bearer token', async () => {
    const base = vi.fn(async (_req: Request) => ok({}))
    await createAuthFetch(base)(new Request(`${ORIGIN}/api/v1/users/me`))
    expect(base.mock.calls[0]![0].headers.get('Authorization')).toBe('Bearer old-access')
  })

  it('refreshes once on 401, stores the rotated tokens and replays the request with its body', async () => {
    const base = vi.fn(async (req: Request) => {
      if (req.url.endsWith('/auth/refresh')) {
        expect(await req.json()).toEqual({ refresh_token: 'old-refresh' })
        return ok({ access_token: 'new-access', refresh_token: 'new-refresh', token_type: 'bearer', expires_in: 900 })
      }
      return req.headers.get('Authorization') === 'Bearer new-access' ? ok({ echoed: await req.json() }) : unauthorized()
    })
    const response = await createAuthFetch(base)(
      new Request(`${ORIGIN}/api/v1/customers`, { method: 'POST', body: JSON.stringify({ name: 'Acme' }) }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ echoed: { name: 'Acme' } })
    expect(tokenStore.get()).toEqual({ accessToken: 'new-access', refreshToken: 'new-refresh' })
    expect(base).toHaveBeenCalledTimes(3)
  })

  it('shares one refresh between concurrent 401s (a refresh token is valid once)', async () => {
    let refreshes = 0
    const base = vi.fn(async (req: Request) => {
      if (req.url.endsWith('/auth/refresh')) {
        refreshes += 1
        await new Promise((r) => setTimeout(r, 10))
        return ok({ access_token: 'new-access', refresh_token: 'new-refresh' })
      }
      return req.headers.get('Authorization') === 'Bearer new-access' ? ok({}) : unauthorized()
    })
    const authFetch = createAuthFetch(base)
    const answers = await Promise.all([1, 2, 3].map(() => authFetch(new Request(`${ORIGIN}/api/v1/users/me`))))
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200])
    expect(refreshes).toBe(1)
  })

  it('ends the session when the refresh token is rejected', async () => {
    const base = vi.fn(async (_req: Request) => unauthorized())
    const response = await createAuthFetch(base)(new Request(`${ORIGIN}/api/v1/users/me`))
    expect(response.status).toBe(401)
    expect(tokenStore.get()).toBeNull()
    expect(tokenStore.takeEndReason()).toBe('expired')
    expect(tokenStore.takeEndReason()).toBeNull()
  })

  it('never tries to refresh for a failed login', async () => {
    const base = vi.fn(async (_req: Request) => unauthorized())
    await createAuthFetch(base)(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST', body: '{}' }))
    expect(base).toHaveBeenCalledTimes(1)
    expect(tokenStore.get()).not.toBeNull()
  })
})

/** navigator.locks in one page: one holder per name, the others wait their turn (as tabs do). */
function sharedLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>()
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const turn = (tails.get(name) ?? Promise.resolve()).then(callback)
      tails.set(name, turn.catch(() => undefined))
      return turn
    },
  }
}

/** The API's rotation: each refresh token works once; a second use revokes the session. */
function rotatingApi() {
  let generation = 0
  let revoked = false
  const used = new Set<string>()
  const calls = { refresh: 0 }
  const fetch = vi.fn(async (req: Request) => {
    if (req.url.endsWith('/auth/refresh')) {
      calls.refresh += 1
      const { refresh_token } = (await req.json()) as { refresh_token: string }
      await new Promise((r) => setTimeout(r, 10))
      if (used.has(refresh_token) || revoked) {
        revoked = true
        return unauthorized()
      }
      used.add(refresh_token)
      generation += 1
      return ok({ access_token: `a${generation}`, refresh_token: `r${generation}` })
    }
    const valid = !revoked && generation > 0 && req.headers.get('Authorization') === `Bearer a${generation}`
    return valid ? ok({}) : unauthorized()
  })
  return { fetch, calls }
}

describe('two tabs whose access token expired at once', () => {
  beforeEach(() => localStorage.setItem(STORAGE_KEY, JSON.stringify({ accessToken: 'a0', refreshToken: 'r0' })))

  it('refresh once between them: the second tab takes the tokens the first stored', async () => {
    const api = rotatingApi()
    const locks = sharedLocks()
    const tabs = [createTokenStore(localStorage), createTokenStore(localStorage)]
    const fetches = tabs.map((store) => createAuthFetch(api.fetch, { store, locks }))
    const answers = await Promise.all(fetches.map((f) => f(new Request(`${ORIGIN}/api/v1/users/me`))))
    expect(answers.map((r) => r.status)).toEqual([200, 200])
    expect(api.calls.refresh).toBe(1)
    for (const store of tabs) expect(store.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1' })
  })

  it('without the lock both would send the same refresh token and the API would end the session', async () => {
    const api = rotatingApi()
    const tabs = [createTokenStore(localStorage), createTokenStore(localStorage)]
    const fetches = tabs.map((store) => createAuthFetch(api.fetch, { store, locks: null }))
    const answers = await Promise.all(fetches.map((f) => f(new Request(`${ORIGIN}/api/v1/users/me`))))
    expect(api.calls.refresh).toBe(2)
    expect(answers.some((r) => r.status === 401)).toBe(true)
  })

  it('the second tab takes the rotated tokens from the log even before localStorage shows them', async () => {
    const api = rotatingApi()
    const locks = sharedLocks()
    const kept = new Map<string, Tokens>()
    const rotations: RotationLog = {
      after: async (token) => kept.get(token) ?? null,
      record: async (from, to) => void kept.set(from, to),
    }
    // The second tab's storage lags: it still holds the rotated-away tokens.
    const lagging = { ...localStorage, getItem: () => JSON.stringify({ accessToken: 'a0', refreshToken: 'r0' }), setItem: () => {} } as Storage
    const first = createAuthFetch(api.fetch, { store: createTokenStore(localStorage), locks, rotations })
    const secondStore = createTokenStore(lagging)
    const second = createAuthFetch(api.fetch, { store: secondStore, locks, rotations })
    expect((await first(new Request(`${ORIGIN}/api/v1/users/me`))).status).toBe(200)
    expect((await second(new Request(`${ORIGIN}/api/v1/users/me`))).status).toBe(200)
    expect(api.calls.refresh).toBe(1)
    expect(secondStore.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1' })
  })

  it('a tab follows the tokens another tab stored, without refreshing itself', async () => {
    const api = rotatingApi()
    const locks = sharedLocks()
    const first = createTokenStore(localStorage)
    const second = createTokenStore(localStorage, window)
    await createAuthFetch(api.fetch, { store: first, locks })(new Request(`${ORIGIN}/api/v1/users/me`))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(second.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1' })
    const answer = await createAuthFetch(api.fetch, { store: second, locks })(new Request(`${ORIGIN}/api/v1/users/me`))
    expect(answer.status).toBe(200)
    expect(api.calls.refresh).toBe(1)
  })
})
