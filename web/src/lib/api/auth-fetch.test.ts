import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { createAuthFetch } from './auth-fetch'

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
