import { tokenStore } from '@/lib/auth/token-store'

type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>

export const REFRESH_PATH = '/api/v1/auth/refresh'
const NO_RETRY = ['/api/v1/auth/login', '/api/v1/auth/token', REFRESH_PATH, '/api/v1/auth/logout']

interface TokenPairBody {
  access_token: string
  refresh_token: string
}

function withBearer(request: Request): Request {
  const tokens = tokenStore.get()
  if (!tokens || request.headers.has('Authorization')) return request
  const headers = new Headers(request.headers)
  headers.set('Authorization', `Bearer ${tokens.accessToken}`)
  return new Request(request, { headers })
}

/**
 * A fetch that sends the bearer token and, when the access token has expired
 * (401), rotates the refresh token once and replays the request. Concurrent
 * 401s share one refresh, because a refresh token is valid exactly once.
 */
export function createAuthFetch(baseFetch: FetchLike = (input, init) => globalThis.fetch(input, init)) {
  let inFlight: Promise<boolean> | null = null

  async function refresh(origin: string): Promise<boolean> {
    const tokens = tokenStore.get()
    if (!tokens) return false
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
      // Only end the session if nobody (another tab) replaced the tokens meanwhile.
      if (tokenStore.get()?.refreshToken === tokens.refreshToken) tokenStore.set(null, 'expired')
      return false
    }
    const body = (await response.json()) as TokenPairBody
    tokenStore.set({ accessToken: body.access_token, refreshToken: body.refresh_token })
    return true
  }

  function refreshOnce(origin: string): Promise<boolean> {
    inFlight ??= refresh(origin).finally(() => {
      inFlight = null
    })
    return inFlight
  }

  return async function authFetch(input: Request, init?: RequestInit): Promise<Response> {
    const url = new URL(input.url)
    const replay = input.clone()
    const sentWith = tokenStore.get()?.accessToken
    const response = await baseFetch(withBearer(input), init)
    if (response.status !== 401 || NO_RETRY.includes(url.pathname) || !sentWith) return response
    // Another request may have refreshed while this one was in flight.
    const refreshed = tokenStore.get()?.accessToken !== sentWith || (await refreshOnce(url.origin))
    if (!refreshed || !tokenStore.get()) return response
    return baseFetch(withBearer(stripAuth(replay)), init)
  }
}

function stripAuth(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.delete('Authorization')
  return new Request(request, { headers })
}
