import { stableJson } from '@/lib/api/intent-key'
import { emptyLine, lineFromQuote, toLineIn, type LineDraft } from '@/components/lines/line-drafts'
import type { SalesOrder } from '../api/get-sales-orders'
import type { SalesOrderCreate, SalesOrderUpdate } from '../api/save-sales-order'

export interface SalesOrderFormValues {
  customer_id: string | null
  contact_id: string | null
  opportunity_id: string | null
  /** Empty: the customer's currency, as the server decides. */
  currency: string | null
  customer_po_number: string
  customer_po_date: string | null
  payment_terms_days: string
  delivery_terms: string
  delivery_address: string
  terms: string
  notes: string
  lines: LineDraft[]
}

export function emptyOrder(prefill: { customer_id?: string | null; opportunity_id?: string | null } = {}): SalesOrderFormValues {
  return {
    customer_id: prefill.customer_id ?? null,
    contact_id: null,
    opportunity_id: prefill.opportunity_id ?? null,
    currency: null,
    customer_po_number: '',
    customer_po_date: null,
    payment_terms_days: '',
    delivery_terms: '',
    delivery_address: '',
    terms: '',
    notes: '',
    lines: [emptyLine()],
  }
}

export function orderToValues(order: SalesOrder): SalesOrderFormValues {
  return {
    customer_id: order.customer_id,
    contact_id: order.contact_id,
    opportunity_id: order.opportunity_id,
    currency: order.currency,
    customer_po_number: order.customer_po_number ?? '',
    customer_po_date: order.customer_po_date,
    payment_terms_days: String(order.payment_terms_days),
    delivery_terms: order.delivery_terms ?? '',
    delivery_address: order.delivery_address ?? '',
    terms: order.terms ?? '',
    notes: order.notes ?? '',
    lines: [...order.lines].sort((a, b) => a.position - b.position).map(lineFromQuote),
  }
}

const orderLine = (l: LineDraft) => {
  const { is_optional: _optional, ...line } = toLineIn(l)
  return line
}

/** Every field an edit may send, as the PATCH body carries it (the conflict resolver compares these). */
export function orderComparable(v: SalesOrderFormValues) {
  return {
    contact_id: v.contact_id,
    opportunity_id: v.opportunity_id,
    customer_po_number: v.customer_po_number.trim() || null,
    customer_po_date: v.customer_po_date,
    payment_terms_days: v.payment_terms_days.trim() === '' ? null : Number(v.payment_terms_days),
    delivery_terms: v.delivery_terms.trim() || null,
    delivery_address: v.delivery_address.trim() || null,
    terms: v.terms.trim() || null,
    notes: v.notes.trim() || null,
    lines: v.lines.map(orderLine),
  }
}

export function toOrderCreateBody(v: SalesOrderFormValues): SalesOrderCreate {
  return { customer_id: v.customer_id ?? '', currency: v.currency, ...orderComparable(v) }
}

/** Only what changed since the form was opened; `lines` replaces every line, so it goes whole or not at all. */
export function toOrderUpdateBody(v: SalesOrderFormValues, initial: SalesOrderFormValues): SalesOrderUpdate {
  const now = orderComparable(v)
  const before = orderComparable(initial)
  const body: Record<string, unknown> = {}
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (stableJson(now[key]) !== stableJson(before[key])) body[key] = now[key]
  }
  return body as SalesOrderUpdate
}
