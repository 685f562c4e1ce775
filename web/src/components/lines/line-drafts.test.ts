import { describe, expect, it } from 'vitest'
import type { Price } from '@/lib/lookups/prices'
import { applySuggestedPrice, discountOverLimit, emptyLine, lineError, linesErrors, linesOverLimit, priceRule, toLineIn } from './line-drafts'

const price = (over: Partial<Price> = {}): Price =>
  ({
    customer_id: 'c1',
    product_id: 'p1',
    quantity: '10',
    priced_on: '2026-11-29',
    currency: 'INR',
    unit_price: '1249.5000',
    source: 'segment_list',
    price_list_id: 'pl1',
    price_list_name: 'Key accounts 2026-27',
    segment: 'key-account',
    line_id: 'l1',
    min_quantity: '10.0000',
    ...over,
  }) as Price

describe('the discount-over-limit hint', () => {
  it('warns only above the limit: equal is allowed, as the server counts it', () => {
    expect(discountOverLimit('10', '10.0000')).toBe(false)
    expect(discountOverLimit('10.01', '10.0000')).toBe(true)
    expect(discountOverLimit('9.99', '10')).toBe(false)
  })

  it('never warns without a limit (admin) or before the limit is known, nor on text that is no number', () => {
    expect(discountOverLimit('99', null)).toBe(false)
    expect(discountOverLimit('99', undefined)).toBe(false)
    expect(discountOverLimit('abc', '10')).toBe(false)
  })

  it('names the lines that need approval, counted from 1', () => {
    const lines = [
      { ...emptyLine(), discount_percent: '5' },
      { ...emptyLine(), discount_percent: '12.5' },
      { ...emptyLine(), discount_percent: '30' },
    ]
    expect(linesOverLimit(lines, '10')).toEqual([2, 3])
    expect(linesOverLimit(lines, '0')).toEqual([1, 2, 3])
  })
})

describe('line editing', () => {
  it('fills the price list price into an empty line and says which rule gave it', () => {
    const line = applySuggestedPrice({ ...emptyLine(), product_id: 'p1', quantity: '10' }, price())
    expect(line.unit_price).toBe('1249.5')
    expect(line.suggested?.rule).toBe('Segment price list Key accounts 2026-27, from 10 units')
    // Left as the list priced it, the price is not sent: the server prices the line and records the rule.
    expect(toLineIn(line).unit_price).toBeNull()
  })

  it('follows a new quantity break while the user kept the list price, but keeps a price typed by hand', () => {
    const listed = applySuggestedPrice({ ...emptyLine(), product_id: 'p1' }, price({ unit_price: '1300.0000', min_quantity: '1', source: 'default_list', price_list_name: 'Standard' }))
    expect(listed.suggested?.rule).toBe('Default price list Standard')
    const moreUnits = applySuggestedPrice(listed, price())
    expect(moreUnits.unit_price).toBe('1249.5')

    const typed = { ...moreUnits, unit_price: '1200' }
    const again = applySuggestedPrice(typed, price({ unit_price: '1100.0000', min_quantity: '50' }))
    expect(again.unit_price).toBe('1200')
    expect(again.suggested?.unit_price).toBe('1100')
    expect(toLineIn(again)).toMatchObject({ product_id: 'p1', unit_price: '1200' })
  })

  it("names the product's own list price when no price list has the product", () => {
    expect(priceRule(price({ source: 'list_price', price_list_name: null, min_quantity: null }))).toBe("Product's list price")
  })

  it('sends trimmed strings, a missing discount as 0, and the optional flag', () => {
    const line = { ...emptyLine(), product_id: 'p1', quantity: ' 2 ', discount_percent: ' ', description: '  ', is_optional: true }
    expect(toLineIn(line)).toEqual({ product_id: 'p1', description: null, quantity: '2', unit_price: null, discount_percent: '0', is_optional: true })
  })

  it('checks each field before sending', () => {
    const line = { ...emptyLine(), product_id: null, quantity: '0', unit_price: '-1', discount_percent: '101' }
    expect(lineError(line, 'product_id')).toBe('Pick a product')
    expect(lineError(line, 'quantity')).toBe('More than 0')
    expect(lineError(line, 'unit_price')).toBe('A price of 0 or more')
    expect(lineError(line, 'discount_percent')).toBe('Between 0 and 100')
    expect(lineError({ ...line, quantity: '0.5', unit_price: '', discount_percent: '100' }, 'quantity')).toBeNull()
    expect(lineError({ ...line, unit_price: '' }, 'unit_price')).toBeNull()
  })

  it("keys each line's errors by the form's path of the field", () => {
    const good = { ...emptyLine(), product_id: 'p1', quantity: '2' }
    const bad = { ...good, product_id: null, discount_percent: '101' }
    expect(linesErrors([good, bad])).toEqual({ 'lines.1.product_id': 'Pick a product', 'lines.1.discount_percent': 'Between 0 and 100' })
    expect(linesErrors([good])).toEqual({})
  })
})
