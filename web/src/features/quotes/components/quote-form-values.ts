import { stableJson } from '@/lib/api/intent-key'
import type { Quote } from '../api/get-quote'
import type { QuoteCreate, QuoteUpdate } from '../api/save-quote'
import { emptyLine, lineFromQuote, toLineIn, type LineDraft } from '@/components/lines/line-drafts'

export interface QuoteFormValues {
  customer_id: string | null
  contact_id: string | null
  opportunity_id: string | null
  /** Empty: the customer's currency, as the server decides. */
  currency: string | null
  valid_until: string | null
  terms: string
  notes: string
  lines: LineDraft[]
}

export function emptyQuote(prefill: { customer_id?: string | null; opportunity_id?: string | null } = {}): QuoteFormValues {
  return {
    customer_id: prefill.customer_id ?? null,
    contact_id: null,
    opportunity_id: prefill.opportunity_id ?? null,
    currency: null,
    valid_until: null,
    terms: '',
    notes: '',
    lines: [emptyLine()],
  }
}

export function quoteToValues(quote: Quote): QuoteFormValues {
  return {
    customer_id: quote.customer_id,
    contact_id: quote.contact_id,
    opportunity_id: quote.opportunity_id,
    currency: quote.currency,
    valid_until: quote.valid_until,
    terms: quote.terms ?? '',
    notes: quote.notes ?? '',
    lines: [...quote.lines].sort((a, b) => a.position - b.position).map(lineFromQuote),
  }
}

export function toCreateBody(v: QuoteFormValues): QuoteCreate {
  return {
    customer_id: v.customer_id ?? '',
    contact_id: v.contact_id,
    opportunity_id: v.opportunity_id,
    currency: v.currency,
    valid_until: v.valid_until,
    terms: v.terms.trim() || null,
    notes: v.notes.trim() || null,
    lines: v.lines.map(toLineIn),
  }
}

/** Every field an edit may send, as the PATCH body carries it (the conflict resolver compares these). */
export function quoteComparable(v: QuoteFormValues) {
  return {
    contact_id: v.contact_id,
    opportunity_id: v.opportunity_id,
    valid_until: v.valid_until,
    terms: v.terms.trim() || null,
    notes: v.notes.trim() || null,
    lines: v.lines.map(toLineIn),
  }
}

/** Only what changed since the builder was opened; `lines` replaces every line, so it goes whole or not at all. */
export function toUpdateBody(v: QuoteFormValues, initial: QuoteFormValues): QuoteUpdate {
  const now = quoteComparable(v)
  const before = quoteComparable(initial)
  const body: Record<string, unknown> = {}
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (stableJson(now[key]) !== stableJson(before[key])) body[key] = now[key]
  }
  return body as QuoteUpdate
}
