import type { ConflictSetup } from '@/components/forms/conflict-types'
import { formatDate } from '@/lib/format'
import { getQuote } from '../api/get-quote'
import { useUpdateQuote, type QuoteLineIn, type QuoteUpdate } from '../api/save-quote'
import { quoteComparable, quoteToValues, type QuoteFormValues } from './quote-form-values'

function linesText(value: unknown): string {
  return (value as QuoteLineIn[])
    .map((l, i) => `${i + 1}. ${l.description ?? 'product'} × ${String(l.quantity)}, ${String(l.discount_percent ?? 0)}% off${l.is_optional ? ' (optional)' : ''}`)
    .join('\n')
}

/** How the quote edit resolves a 412: header fields and the lines as a whole. */
export function useQuoteConflict(quoteId: string, onSaved: () => void): ConflictSetup<QuoteFormValues> {
  const update = useUpdateQuote()
  return {
    fields: [
      { key: 'contact_id', label: 'Contact' },
      { key: 'opportunity_id', label: 'Deal' },
      { key: 'valid_until', label: 'Valid until', format: (v) => formatDate(String(v)) },
      { key: 'terms', label: 'Terms' },
      { key: 'notes', label: 'Notes' },
      { key: 'lines', label: 'Lines', format: linesText },
    ],
    comparable: quoteComparable,
    latest: async () => {
      const { data, etag } = await getQuote(quoteId)
      return { values: quoteComparable(quoteToValues(data)), etag }
    },
    save: (body, etag) => update.mutateAsync({ quoteId, etag, body: body as QuoteUpdate }),
    onSaved,
  }
}
