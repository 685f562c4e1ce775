/**
 * Where the session's tokens live. Bearer tokens only (no cookies); kept in
 * localStorage so a reload keeps the session and every tab of the app shares
 * them, and broadcast to subscribers so the whole app reacts to a sign-out in
 * one place.
 */

export interface Tokens {
  accessToken: string
  refreshToken: string
}

type Listener = (tokens: Tokens | null) => void
type EndReason = 'expired' | null

export interface TokenStore {
  get(): Tokens | null
  set(tokens: Tokens | null, reason?: EndReason): void
  /** Reads the stored tokens again (another tab may have written them) and returns them. */
  reload(): Tokens | null
  /** Returns, once, why the session ended ('expired' after a refused refresh). */
  takeEndReason(): EndReason
  subscribe(listener: Listener): () => void
}

export const STORAGE_KEY = 'sales.session'

function parse(raw: string | null | undefined): Tokens | null {
  if (!raw) return null
  try {
    const parsed = JSON.parse(raw) as Partial<Tokens>
    if (typeof parsed.accessToken === 'string' && typeof parsed.refreshToken === 'string') {
      return { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
    }
  } catch {
    // A corrupt entry is the same as no session.
  }
  return null
}

const same = (a: Tokens | null, b: Tokens | null) =>
  a === b || (a !== null && b !== null && a.accessToken === b.accessToken && a.refreshToken === b.refreshToken)

/** A store over `storage`; `events` is the window whose storage events tell of other tabs' writes. */
export function createTokenStore(storage: Storage | undefined, events?: EventTarget): TokenStore {
  const listeners = new Set<Listener>()
  const read = () => {
    try {
      return parse(storage?.getItem(STORAGE_KEY))
    } catch {
      return null
    }
  }
  let current = read()
  let endedBecause: EndReason = null
  const adopt = (tokens: Tokens | null) => {
    if (same(tokens, current)) return
    current = tokens
    for (const listener of listeners) listener(current)
  }

  // Another tab refreshed or signed out: follow it, so this tab never sends a
  // refresh token that has already been rotated away.
  events?.addEventListener('storage', (event) => {
    const e = event as StorageEvent
    if (e.key === STORAGE_KEY || e.key === null) adopt(read())
  })

  return {
    get: () => current,
    set(tokens, reason = null) {
      endedBecause = tokens ? null : reason
      if (tokens) storage?.setItem(STORAGE_KEY, JSON.stringify(tokens))
      else storage?.removeItem(STORAGE_KEY)
      current = tokens
      for (const listener of listeners) listener(tokens)
    },
    reload() {
      adopt(read())
      return current
    },
    takeEndReason() {
      const reason = endedBecause
      endedBecause = null
      return reason
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The app's store: this tab's view of the shared session. */
export const tokenStore = createTokenStore(globalThis.localStorage, globalThis.window)
