import { compareDecimals, isDecimal, trimZeros } from '@/lib/decimal'
import type { Schema } from '@/lib/api/types'
import type { Price } from '@/lib/lookups/prices'

/** A line as the quote and order forms send it (an order's has no `is_optional`). */
type LineIn = Schema<'QuoteLineIn'>

/** A stored quote or order line, as far as the line editor reads it back. */
export interface StoredLine {
  product_id: string
  description: string
  quantity: string
  unit_price: string
  price_source: string
  discount_percent: string
  is_optional?: boolean
}

type PriceSource = Schema<'PriceSource'>

/** The price list's answer for a line, kept to show the rule and to tell an override from it. */
export interface SuggestedPrice {
  unit_price: string
  rule: string
}

/** One line as the builder edits it: strings as typed, the list's price beside the typed one. */
export interface LineDraft {
  key: string
  product_id: string | null
  description: string
  quantity: string
  unit_price: string
  suggested: SuggestedPrice | null
  discount_percent: string
  is_optional: boolean
}

let counter = 0
const newKey = () => `line-${(counter += 1)}`

export function emptyLine(): LineDraft {
  return { key: newKey(), product_id: null, description: '', quantity: '1', unit_price: '', suggested: null, discount_percent: '0', is_optional: false }
}

const SOURCE_LABELS: Record<PriceSource, string> = {
  customer_list: "Customer's price list",
  segment_list: 'Segment price list',
  default_list: 'Default price list',
  list_price: "Product's list price",
}

/** "Segment price list Key accounts 2026, from 10 units" — the rule `GET /prices` named. */
export function priceRule(price: Pick<Price, 'source' | 'price_list_name' | 'min_quantity'>): string {
  const base = SOURCE_LABELS[price.source]
  const list = price.price_list_name ? ` ${price.price_list_name}` : ''
  const min = price.min_quantity && compareDecimals(price.min_quantity, '1') > 0 ? `, from ${trimZeros(price.min_quantity)} units` : ''
  return `${base}${list}${min}`
}

/** What the server stored as the line's price source, in words. */
export function storedPriceRule(source: string): string {
  return source === 'manual' ? 'Entered by hand' : (SOURCE_LABELS[source as PriceSource] ?? source)
}

/**
 * A new price from the price list: it replaces the line's unit price unless the
 * user typed one of their own (a price that differs from the last suggestion).
 */
export function applySuggestedPrice(line: LineDraft, price: Price): LineDraft {
  const suggested = { unit_price: trimZeros(price.unit_price), rule: priceRule(price) }
  const untouched = line.unit_price === '' || (line.suggested !== null && samePrice(line.unit_price, line.suggested.unit_price))
  return { ...line, suggested, unit_price: untouched ? suggested.unit_price : line.unit_price }
}

function samePrice(a: string, b: string): boolean {
  return isDecimal(a) && isDecimal(b) && compareDecimals(a, b) === 0
}

/** True when the user's price is not the price list's (sent as a manual price). */
export function isPriceOverridden(line: LineDraft): boolean {
  return line.unit_price.trim() !== '' && !(line.suggested && samePrice(line.unit_price, line.suggested.unit_price))
}

/**
 * The line as the API takes it. The list's own price is not sent: the server
 * prices the line itself and records the rule; a typed price is sent as manual.
 */
export function toLineIn(line: LineDraft): LineIn {
  return {
    product_id: line.product_id ?? '',
    description: line.description.trim() || null,
    quantity: line.quantity.trim(),
    unit_price: isPriceOverridden(line) ? line.unit_price.trim() : null,
    discount_percent: line.discount_percent.trim() || '0',
    is_optional: line.is_optional,
  }
}

/** A stored line back in the builder; its stored price counts as the suggestion unless it was typed. */
export function lineFromQuote(line: StoredLine): LineDraft {
  const price = trimZeros(line.unit_price)
  return {
    key: newKey(),
    product_id: line.product_id,
    description: line.description,
    quantity: trimZeros(line.quantity),
    unit_price: price,
    suggested: line.price_source === 'manual' ? null : { unit_price: price, rule: storedPriceRule(line.price_source) },
    discount_percent: trimZeros(line.discount_percent),
    is_optional: line.is_optional ?? false,
  }
}

/**
 * True when a discount is above the caller's limit, so the quote will wait for a
 * head's approval (equal to the limit is allowed). `limit` null: no limit;
 * undefined: not known yet (no hint rather than a wrong one).
 */
export function discountOverLimit(percent: string, limit: string | null | undefined): boolean {
  if (limit === null || limit === undefined || !isDecimal(percent)) return false
  return compareDecimals(percent, limit) > 0
}

/** The lines whose discount needs approval, by position (1-based, as the user counts). */
export function linesOverLimit(lines: readonly LineDraft[], limit: string | null | undefined): number[] {
  return lines.flatMap((l, i) => (discountOverLimit(l.discount_percent, limit) ? [i + 1] : []))
}

/** The builder's own checks before anything is sent (the server checks again). */
export function lineError(line: LineDraft, field: 'product_id' | 'quantity' | 'unit_price' | 'discount_percent'): string | null {
  switch (field) {
    case 'product_id':
      return line.product_id ? null : 'Pick a product'
    case 'quantity':
      return isDecimal(line.quantity) && compareDecimals(line.quantity, '0') > 0 ? null : 'More than 0'
    case 'unit_price':
      return line.unit_price.trim() === '' || (isDecimal(line.unit_price) && compareDecimals(line.unit_price, '0') >= 0) ? null : 'A price of 0 or more'
    case 'discount_percent': {
      const d = line.discount_percent.trim() || '0'
      return isDecimal(d) && compareDecimals(d, '0') >= 0 && compareDecimals(d, '100') <= 0 ? null : 'Between 0 and 100'
    }
  }
}

const LINE_FIELDS = ['product_id', 'quantity', 'unit_price', 'discount_percent'] as const

/** Every line's own checks, keyed by the form's path of the field (`lines.0.quantity`). */
export function linesErrors(lines: readonly LineDraft[]): Record<string, string> {
  const errors: Record<string, string> = {}
  lines.forEach((line, i) => {
    for (const field of LINE_FIELDS) {
      const message = lineError(line, field)
      if (message) errors[`lines.${i}.${field}`] = message
    }
  })
  return errors
}
