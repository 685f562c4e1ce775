import { isDecimal } from '@/lib/decimal'
import type { Schema } from '@/lib/api/types'
import type { Milestone } from '../api/get-sales-orders'
import type { MilestoneIn } from '../api/save-sales-order'

export type MilestoneKind = Schema<'MilestoneKind'>
export type MilestoneTrigger = Schema<'MilestoneTrigger'>

/** One row of the milestones dialog, strings as typed. */
export interface MilestoneDraft {
  key: string
  label: string
  kind: MilestoneKind
  value: string
  trigger: MilestoneTrigger
  due_date: string | null
}

export const TRIGGER_LABELS: Record<MilestoneTrigger, string> = {
  on_confirmation: 'On confirmation',
  on_delivery: 'On delivery',
  on_installation: 'On installation',
  on_date: 'On a date',
}

let counter = 0
const newKey = () => `milestone-${(counter += 1)}`

export function emptyMilestone(over: Partial<MilestoneDraft> = {}): MilestoneDraft {
  return { key: newKey(), label: '', kind: 'percent', value: '', trigger: 'on_delivery', due_date: null, ...over }
}

export function milestoneFromRead(m: Milestone): MilestoneDraft {
  return { key: newKey(), label: m.label, kind: m.kind, value: m.value.includes('.') ? m.value.replace(/\.?0+$/, '') : m.value, trigger: m.trigger, due_date: m.due_date }
}

export function toMilestoneIn(d: MilestoneDraft): MilestoneIn {
  return { label: d.label.trim(), kind: d.kind, value: d.value.trim(), trigger: d.trigger, due_date: d.trigger === 'on_date' ? d.due_date : null }
}

// Exact arithmetic on decimal strings: scaled BigInts (percent × total / 100 needs 10 places).
const SCALE = 10
const FACTOR = 10n ** BigInt(SCALE)

function scaled(value: string): bigint {
  const t = value.trim()
  const negative = t.startsWith('-')
  const [whole = '0', frac = ''] = t.replace(/^[-+]/, '').split('.')
  const v = BigInt(whole || '0') * FACTOR + BigInt((frac + '0'.repeat(SCALE)).slice(0, SCALE) || '0')
  return negative ? -v : v
}

function unscaled(v: bigint): string {
  const negative = v < 0n
  const abs = negative ? -v : v
  const frac = (abs % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '')
  return `${negative ? '-' : ''}${abs / FACTOR}${frac ? `.${frac}` : ''}`
}

/** What a row plans before rounding: its percent of the total, or its amount; null while it is not a number. */
export function plannedOf(row: Pick<MilestoneDraft, 'kind' | 'value'>, grandTotal: string): string | null {
  if (!isDecimal(row.value)) return null
  if (row.kind === 'amount') return unscaled(scaled(row.value))
  return unscaled((scaled(grandTotal) * scaled(row.value)) / FACTOR / 100n)
}

export interface PlanSum {
  /** What the rows add up to (rows that are not numbers count as 0). */
  sum: string
  /** The order's grand total less the sum: 0 when the plan adds up, as the server requires. */
  remaining: string
  balanced: boolean
  /** The percent rows' total, for the "100 %" hint. */
  percent: string
}

/** The running sum the dialog shows against the order's total (the server checks the same, exactly). */
export function planSum(rows: readonly Pick<MilestoneDraft, 'kind' | 'value'>[], grandTotal: string): PlanSum {
  let sum = 0n
  let percent = 0n
  for (const row of rows) {
    const planned = plannedOf(row, grandTotal)
    if (planned !== null) sum += scaled(planned)
    if (row.kind === 'percent' && isDecimal(row.value)) percent += scaled(row.value)
  }
  const remaining = scaled(grandTotal) - sum
  return { sum: unscaled(sum), remaining: unscaled(remaining), balanced: remaining === 0n, percent: unscaled(percent) }
}

/** The dialog's own checks before anything is sent, keyed as the form's fields. */
export function milestoneErrors(rows: readonly MilestoneDraft[]): Record<string, string> {
  const errors: Record<string, string> = {}
  rows.forEach((r, i) => {
    if (!r.label.trim()) errors[`milestones.${i}.label`] = 'Name the milestone'
    if (!isDecimal(r.value) || scaled(r.value) <= 0n) errors[`milestones.${i}.value`] = 'More than 0'
    else if (r.kind === 'percent' && scaled(r.value) > scaled('100')) errors[`milestones.${i}.value`] = 'At most 100'
    if (r.trigger === 'on_date' && !r.due_date) errors[`milestones.${i}.due_date`] = 'Pick the date'
  })
  return errors
}

/** Collected and invoiced as a share of the planned total, 0–100, for the progress bar. */
export function progressOf(milestones: readonly Pick<Milestone, 'planned_amount' | 'invoiced_amount' | 'collected_amount'>[]) {
  let planned = 0n
  let invoiced = 0n
  let collected = 0n
  for (const m of milestones) {
    planned += scaled(m.planned_amount)
    invoiced += scaled(m.invoiced_amount)
    collected += scaled(m.collected_amount)
  }
  const pct = (part: bigint) => (planned === 0n ? 0 : Number((part * 10000n) / planned) / 100)
  return { invoiced: pct(invoiced), collected: pct(collected), invoicedAmount: unscaled(invoiced), collectedAmount: unscaled(collected), plannedAmount: unscaled(planned) }
}
