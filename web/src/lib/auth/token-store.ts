/**
 * Where the session's tokens live. Bearer tokens only (no cookies); kept in
 * localStorage so a reload keeps the session, and broadcast to subscribers so
 * the whole app reacts to a sign-out in one place.
 */

export interface Tokens {
  accessToken: string
  refreshToken: string
}

const KEY = 'sales.session'
type Listener = (tokens: Tokens | null) => void
const listeners = new Set<Listener>()

function read(): Tokens | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<Tokens>
    if (typeof parsed.accessToken === 'string' && typeof parsed.refreshToken === 'string') {
      return { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
    }
  } catch {
    // A corrupt entry is the same as no session.
  }
  return null
}

let current: Tokens | null = read()
/** Why the last session ended without the user signing out (shown on the sign-in page). */
let endedBecause: 'expired' | null = null

export const tokenStore = {
  get(): Tokens | null {
    return current
  },
  set(tokens: Tokens | null, reason: 'expired' | null = null): void {
    endedBecause = tokens ? null : reason
    current = tokens
    if (tokens) globalThis.localStorage?.setItem(KEY, JSON.stringify(tokens))
    else globalThis.localStorage?.removeItem(KEY)
    for (const listener of listeners) listener(tokens)
  },
  /** Returns, once, why the session ended ('expired' after a refused refresh). */
  takeEndReason(): 'expired' | null {
    const reason = endedBecause
    endedBecause = null
    return reason
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

// Another tab refreshed or signed out: follow it, so this tab never sends a
// refresh token that has already been rotated away.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== KEY) return
  current = read()
  for (const listener of listeners) listener(current)
})
