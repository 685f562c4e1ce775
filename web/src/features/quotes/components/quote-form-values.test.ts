import { describe, expect, it } from 'vitest'
import type { Quote } from '../api/get-quote'
import { quoteToValues, toUpdateBody } from './quote-form-values'

const stored = {
  customer_id: 'c1',
  contact_id: null,
  opportunity_id: null,
  currency: 'INR',
  valid_until: '2026-12-29',
  terms: 'Net 30',
  notes: null,
  lines: [
    { position: 2, product_id: 'p2', description: 'Seal kit', quantity: '4.0000', unit_price: '100.0000', price_source: 'manual', discount_percent: '0.0000', is_optional: true },
    { position: 1, product_id: 'p1', description: 'Pump', quantity: '1.0000', unit_price: '5000.0000', price_source: 'default_list', discount_percent: '5.0000', is_optional: false },
  ],
} as unknown as Quote

describe('the quote edit body', () => {
  it('sends nothing when nothing changed (the stored lines read back as they were)', () => {
    const initial = quoteToValues(stored)
    expect(initial.lines.map((l) => l.product_id)).toEqual(['p1', 'p2'])
    expect(toUpdateBody(quoteToValues(stored), initial)).toEqual({})
  })

  it('sends a changed header field alone, and the lines whole when one of them changed', () => {
    const initial = quoteToValues(stored)
    const edited = quoteToValues(stored)
    edited.terms = 'Net 45'
    expect(toUpdateBody(edited, initial)).toEqual({ terms: 'Net 45' })
    edited.lines[0] = { ...edited.lines[0]!, discount_percent: '12' }
    const body = toUpdateBody(edited, initial)
    expect(body.lines).toEqual([
      // The list-priced line is repriced by the server; the hand-typed price is kept.
      { product_id: 'p1', description: 'Pump', quantity: '1', unit_price: null, discount_percent: '12', is_optional: false },
      { product_id: 'p2', description: 'Seal kit', quantity: '4', unit_price: '100', discount_percent: '0', is_optional: true },
    ])
  })
})
