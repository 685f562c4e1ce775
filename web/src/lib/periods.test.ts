import { describe, expect, it } from 'vitest'
import { fiscalYearLabel, periodLabel, quarterStartMonths, startsPeriod } from './periods'

describe('target periods', () => {
  it('labels months, quarters and fiscal years from their own days', () => {
    expect(periodLabel('month', '2026-11-01', '2026-11-30')).toBe('Nov 2026')
    expect(periodLabel('quarter', '2026-10-01', '2026-12-31')).toBe('Oct–Dec 2026')
    expect(periodLabel('quarter', '2026-12-01', '2027-02-28')).toBe('Dec 2026–Feb 2027')
    expect(periodLabel('quarter', '2025-12-01', '2025-12-31')).toBe('Dec 2025')
    expect(periodLabel('fiscal_year', '2026-04-01', '2027-03-31')).toBe('FY 2026-27')
    expect(fiscalYearLabel('2026-01-01')).toBe('FY 2026')
  })

  it('knows where quarters and years start with the fiscal year from April', () => {
    expect(startsPeriod('quarter', '2026-10-01')).toBe(true)
    expect(startsPeriod('quarter', '2026-11-01')).toBe(false)
    expect(startsPeriod('quarter', '2027-01-01')).toBe(true)
    expect(startsPeriod('fiscal_year', '2026-04-01')).toBe(true)
    expect(startsPeriod('fiscal_year', '2026-01-01')).toBe(false)
    expect(startsPeriod('month', '2026-11-01')).toBe(true)
    expect(quarterStartMonths()).toEqual(['April', 'July', 'October', 'January'])
  })
})
