import { ApiError } from '@/lib/api/problem'
import type { Values } from '@/lib/three-way-merge'

/** One field an edit form lets the resolver show, with its label and the app's formatting. */
export interface ConflictField {
  key: string
  label: string
  /** The value as the app shows it; `record` is the same side's values (an amount's currency, say). */
  format?: (value: unknown, record: Values) => string
}

/**
 * What an edit form declares so a 412 can be resolved field by field. Values
 * are the form's fields as the PATCH body carries them, so "changed" means
 * "would be sent" and a chosen value is sent as it is.
 */
export interface ConflictSetup<F> {
  fields: readonly ConflictField[]
  /** Every field of the form, as the PATCH body would carry it. */
  comparable: (values: F) => Values
  /** The record as stored now, in the same terms, with the ETag to send back. */
  latest: () => Promise<{ values: Values; etag: string }>
  /** PATCH `body` with `If-Match: etag`. */
  save: (body: Values, etag: string) => Promise<unknown>
  /** The resolution was saved, or nothing was left to send. */
  onSaved: () => void
}

/** An edit refused with 412: what the form started from and what the user submitted. */
export interface Conflict {
  base: Values
  mine: Values
}

/** A value as a person reads it when the field gives no formatting of its own. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.length ? value.map(plainValue).join(', ') : '(empty)'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export function showValue(field: ConflictField, value: unknown, record: Values): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  return field.format ? field.format(value, record) : plainValue(value)
}

/** The conflict to resolve when `error` is a 412 of an edit from `initial` to `submitted`; otherwise null. */
export function conflictOf<F>(error: unknown, setup: ConflictSetup<F> | undefined, initial: F, submitted: F): Conflict | null {
  if (!setup || !(error instanceof ApiError) || !error.isConflict) return null
  return { base: setup.comparable(initial), mine: setup.comparable(submitted) }
}
