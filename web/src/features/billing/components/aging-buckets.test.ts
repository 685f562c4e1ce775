import { describe, expect, it } from 'vitest'
import { overdueShare, perCurrency, worstBucket } from './aging-buckets'

const total = (currency: string, total_open: string, over_90 = '0') => ({
  currency,
  current: '0',
  days_1_30: '0',
  days_31_60: '0',
  days_61_90: '0',
  over_90,
  overdue_total: over_90,
  total_open,
})

describe('aging totals display', () => {
  it('shows one amount per currency and never adds currencies together', () => {
    expect(perCurrency([total('INR', '120000'), total('USD', '3000')], 'total_open')).toBe('₹1,20,000.00 · $3,000.00')
  })

  it('leaves out a zero currency unless all are zero', () => {
    expect(perCurrency([total('INR', '0', '0'), total('USD', '50', '50')], 'over_90')).toBe('$50.00')
    expect(perCurrency([total('INR', '0')], 'over_90')).toBe('₹0.00')
    expect(perCurrency([], 'over_90')).toBe('—')
  })

  it('gives the overdue share and the worst bucket of a row', () => {
    expect(overdueShare({ overdue_total: '250', total_open: '1000' })).toBe(25)
    expect(overdueShare({ overdue_total: '0', total_open: '0' })).toBe(0)
    expect(worstBucket({ current: '5', days_1_30: '0', days_31_60: '7', days_61_90: '0', over_90: '0' })).toBe('days_31_60')
    expect(worstBucket({ current: '0', days_1_30: '0', days_31_60: '0', days_61_90: '0', over_90: '0' })).toBeNull()
  })
})
