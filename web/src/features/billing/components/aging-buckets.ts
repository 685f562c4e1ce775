import { formatMoney } from '@/lib/format'
import type { AgingRow, AgingTotal } from '../api/receivables'

export type BucketKey = 'current' | 'days_1_30' | 'days_31_60' | 'days_61_90' | 'over_90'

/** The aging buckets in order, with the labels of the table's columns. */
export const AGING_BUCKETS: { key: BucketKey; label: string; overdue: boolean }[] = [
  { key: 'current', label: 'Current', overdue: false },
  { key: 'days_1_30', label: '1–30 days', overdue: true },
  { key: 'days_31_60', label: '31–60 days', overdue: true },
  { key: 'days_61_90', label: '61–90 days', overdue: true },
  { key: 'over_90', label: 'Over 90 days', overdue: true },
]

type Amounts = Pick<AgingRow, BucketKey | 'total_open' | 'overdue_total'>

/**
 * One amount per currency, never added across currencies: "₹1,20,000.00 · $3,000.00".
 * A currency whose amount is zero is left out unless every one is zero.
 */
export function perCurrency(totals: readonly (Amounts & { currency: string })[], key: keyof Amounts): string {
  if (totals.length === 0) return '—'
  const shown = totals.filter((t) => Number(t[key]) !== 0)
  const list = shown.length > 0 ? shown : totals.slice(0, 1)
  return list.map((t) => formatMoney(t[key], t.currency)).join(' · ')
}

/** The share of a row's open amount that is overdue, as a whole percent (0 when nothing is open). */
export function overdueShare(row: Pick<AgingRow, 'overdue_total' | 'total_open'>): number {
  const open = Number(row.total_open)
  if (!(open > 0)) return 0
  return Math.round((Number(row.overdue_total) / open) * 100)
}

/** The worst bucket that holds money, for a row's colour. */
export function worstBucket(row: Pick<AgingRow, BucketKey>): BucketKey | null {
  for (const bucket of [...AGING_BUCKETS].reverse()) if (Number(row[bucket.key]) > 0) return bucket.key
  return null
}

export type { AgingTotal }
