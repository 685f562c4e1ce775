import { describe, expect, it } from 'vitest'
import { allocateOldestFirst, allocationError, allocationSummary, remainingOpen, toAllocationsIn, type OpenInvoice } from './allocation'

const inv = (id: string, due: string, open: string): OpenInvoice => ({ id, number: id.toUpperCase(), due_date: due, open_amount: open, currency: 'INR' })

describe('allocation', () => {
  it('leaves what is not allocated as credit, exactly', () => {
    const s = allocationSummary('1000.10', [
      { invoice_id: 'a', amount: '300.05' },
      { invoice_id: 'b', amount: '' },
      { invoice_id: 'c', amount: '200' },
    ])
    expect(s).toEqual({ allocated: '500.05', credit: '500.05', overAllocated: false })
  })

  it('flags allocating more than was paid, and shows no negative credit', () => {
    const s = allocationSummary('100', [{ invoice_id: 'a', amount: '150' }])
    expect(s.overAllocated).toBe(true)
    expect(s.credit).toBe('0')
  })

  it('shows what each invoice still owes after the typed amount', () => {
    expect(remainingOpen(inv('a', '2026-01-01', '1180'), '180')).toBe('1000')
    expect(remainingOpen(inv('a', '2026-01-01', '1180'), '')).toBe('1180')
    expect(remainingOpen(inv('a', '2026-01-01', '1180'), 'abc')).toBe('1180')
  })

  it('refuses more than the invoice owes or a non-positive amount', () => {
    const a = inv('a', '2026-01-01', '500')
    expect(allocationError(a, '500')).toBeNull()
    expect(allocationError(a, '500.01')).toMatch(/more than/i)
    expect(allocationError(a, '0')).toMatch(/above zero/i)
    expect(allocationError(a, '')).toBeNull()
  })

  it('fills the oldest due invoices first, the rest stays empty', () => {
    const drafts = allocateOldestFirst('700', [inv('new', '2026-03-01', '400'), inv('old', '2026-01-01', '500'), inv('mid', '2026-02-01', '300')])
    expect(drafts).toEqual([
      { invoice_id: 'old', amount: '500' },
      { invoice_id: 'mid', amount: '200' },
      { invoice_id: 'new', amount: '' },
    ])
    expect(toAllocationsIn(drafts)).toEqual([
      { invoice_id: 'old', amount: '500' },
      { invoice_id: 'mid', amount: '200' },
    ])
  })
})
