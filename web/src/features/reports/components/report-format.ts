import { formatDate, formatDayMonth, groupIndian } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import { trimZeros } from '@/lib/decimal'
import type { Schema } from '@/lib/api/types'

export type Interval = Schema<'Interval'>

/** "Nov 2026", "Oct–Dec 2026", "23 Nov – 29 Nov 2026", "30 Nov 2026". */
export function periodName(interval: Interval, start: string, end: string): string {
  if (interval === 'month') return periodLabel('month', start, end)
  if (interval === 'quarter') return periodLabel('quarter', start, end)
  if (interval === 'day') return formatDate(start)
  return `${formatDayMonth(new Date(`${start}T00:00:00`))} – ${formatDate(end)}`
}

/** A quantity as the API's decimal, without trailing zeros and with Indian grouping: "1,250.5". */
export function formatQuantity(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const [whole = '0', fraction] = trimZeros(value).split('.')
  const negative = whole.startsWith('-')
  const digits = negative ? whole.slice(1) : whole
  return `${negative ? '-' : ''}${groupIndian(digits)}${fraction ? `.${fraction}` : ''}`
}

/** Days as the API's one-decimal string: "12.5 days". */
export function formatDays(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  return `${value} ${String(value) === '1' || String(value) === '1.0' ? 'day' : 'days'}`
}

/** The currency most rows are in: the one a chart draws (tables show every currency). */
export function mainCurrency(rows: readonly { currency: string }[], fallback = 'INR'): string {
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1)
  let best = fallback
  let most = 0
  for (const [currency, n] of counts) if (n > most) [best, most] = [currency, n]
  return best
}

/** More than one currency: tables add a Currency column. */
export const manyCurrencies = (rows: readonly { currency: string }[]) => new Set(rows.map((r) => r.currency)).size > 1
