import { useState } from 'react'

/**
 * The Idempotency-Key of one user intent ("create this customer", "move this
 * deal to Proposal"), not of one request. A retry of the same intent (a second
 * click after a timeout, a double click, "try again") sends the same key, so
 * the API replays its first answer instead of creating a twin; once the intent
 * succeeded, or the user changed what they are sending, a new key is used.
 *
 * The API stores only successful answers, so after a 4xx the same key may be
 * sent again with corrected input; a changed input still gets a new key, so a
 * request whose success was lost in transit is never confused with an edit.
 */
export class IntentKey {
  private key = newKey()
  private payload: string | null = null

  /** The key for sending `payload` (anything that identifies what is sent: the body, the record). */
  for(payload: unknown): string {
    const fingerprint = stableJson(payload)
    if (this.payload !== null && this.payload !== fingerprint) this.key = newKey()
    this.payload = fingerprint
    return this.key
  }

  /** The intent is done (it succeeded): the next send is a new intent. */
  renew(): void {
    this.key = newKey()
    this.payload = null
  }

  /** Sends `payload` with this intent's key; a success ends the intent. */
  async send<T>(payload: unknown, call: (key: string) => Promise<T>): Promise<T> {
    const result = await call(this.for(payload))
    this.renew()
    return result
  }
}

/** One IntentKey for the life of a form or dialog. */
export function useIntentKey(): IntentKey {
  const [intent] = useState(() => new IntentKey())
  return intent
}

function newKey(): string {
  return globalThis.crypto.randomUUID()
}

/** JSON with object keys sorted, so the same values always give the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
