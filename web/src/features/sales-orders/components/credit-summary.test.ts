import { describe, expect, it } from 'vitest'
import type { CreditPosition } from '../api/get-credit-position'
import { creditSummary } from './credit-summary'

const held: CreditPosition = {
  sales_order_id: 'o1',
  currency: 'INR',
  credit_limit: '10000.00',
  is_checked: true,
  is_over_limit: true,
  open_invoices: '0.00',
  open_orders: '6000.00',
  this_order: '4500.00',
  exposure: '10500.00',
}

describe('creditSummary', () => {
  it('says by how much an order on hold is over the limit, and how much of it is used', () => {
    expect(creditSummary(held)).toEqual({ checked: true, over: true, overBy: '500', usedPercent: 105, exposure: '10500.00', limit: '10000.00' })
  })

  it('says an order now within the limit is within it (after a payment, say)', () => {
    const paid = { ...held, is_over_limit: false, open_orders: '1000.00', exposure: '5500.00' }
    expect(creditSummary(paid)).toMatchObject({ checked: true, over: false, overBy: '0', usedPercent: 55 })
  })

  it('explains why an order is not checked', () => {
    const none = { ...held, credit_limit: '0.00', is_checked: false, is_over_limit: false, exposure: null, open_invoices: null, open_orders: null, this_order: null }
    expect(creditSummary(none)).toEqual({ checked: false, reason: 'The customer has no credit limit.' })
    expect(creditSummary({ ...none, credit_limit: '5000.00' })).toEqual({ checked: false, reason: "Not checked: the order is not in the customer's currency (INR)." })
  })
})
