import { describe, expect, it } from 'vitest'
import { emptyOrder, orderToValues, toOrderCreateBody, toOrderUpdateBody } from './sales-order-form-values'
import type { SalesOrder } from '../api/get-sales-orders'

const stored = {
  customer_id: 'c1',
  contact_id: null,
  opportunity_id: null,
  currency: 'INR',
  customer_po_number: 'PO-1',
  customer_po_date: '2026-11-20',
  payment_terms_days: 30,
  delivery_terms: null,
  delivery_address: 'Plot 4, Peenya',
  terms: null,
  notes: null,
  lines: [
    { position: 2, product_id: 'p2', description: 'Typed', quantity: '1.0000', unit_price: '90.00', price_source: 'manual', discount_percent: '0.00' },
    { position: 1, product_id: 'p1', description: 'Listed', quantity: '3.0000', unit_price: '100.00', price_source: 'default_list', discount_percent: '5.00' },
  ],
} as unknown as SalesOrder

describe('the order form values', () => {
  it('sends a list price as no price (the server prices it) and a typed one as manual; orders have no optional lines', () => {
    const v = orderToValues(stored)
    const body = toOrderCreateBody(v)
    expect(body.lines).toEqual([
      { product_id: 'p1', description: 'Listed', quantity: '3', unit_price: null, discount_percent: '5' },
      { product_id: 'p2', description: 'Typed', quantity: '1', unit_price: '90', discount_percent: '0' },
    ])
    expect(body).toMatchObject({ customer_id: 'c1', currency: 'INR', customer_po_number: 'PO-1', payment_terms_days: 30 })
  })

  it("leaves the payment terms to the customer's when empty", () => {
    expect(toOrderCreateBody({ ...emptyOrder({ customer_id: 'c1' }), lines: [] }).payment_terms_days).toBeNull()
  })

  it('patches only what changed; lines go whole or not at all', () => {
    const initial = orderToValues(stored)
    expect(toOrderUpdateBody({ ...initial, customer_po_number: ' PO-2 ' }, initial)).toEqual({ customer_po_number: 'PO-2' })
    const more = { ...initial, lines: initial.lines.map((l, i) => (i === 0 ? { ...l, quantity: '4' } : l)) }
    expect(Object.keys(toOrderUpdateBody(more, initial))).toEqual(['lines'])
    expect(toOrderUpdateBody(initial, initial)).toEqual({})
  })
})
