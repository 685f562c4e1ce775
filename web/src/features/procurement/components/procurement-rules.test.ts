import { describe, expect, it } from 'vitest'
import { outstanding, procurementActions, receiptError } from './procurement-rules'

describe('procurement request actions', () => {
  it('orders a requested one, receives an ordered one, cancels either', () => {
    expect(procurementActions({ status: 'requested' }, true)).toEqual(['order', 'cancel'])
    expect(procurementActions({ status: 'ordered' }, true)).toEqual(['receive', 'cancel'])
    expect(procurementActions({ status: 'received' }, true)).toEqual([])
    expect(procurementActions({ status: 'cancelled' }, true)).toEqual([])
    expect(procurementActions({ status: 'requested' }, false)).toEqual([])
  })

  it('receives at most what is outstanding', () => {
    const r = { quantity: '10.0000', quantity_received: '4.0000' }
    expect(outstanding(r)).toBe('6')
    expect(receiptError('6', r)).toBeNull()
    expect(receiptError('2.5', r)).toBeNull()
    expect(receiptError('6.5', r)).toBe('At most 6 (outstanding)')
    expect(receiptError('0', r)).toBe('More than 0')
    expect(receiptError('x', r)).toBe('More than 0')
  })
})
