import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Quote = Schema<'QuoteRead'>
export type QuoteLine = Schema<'QuoteLineRead'>

/** The quote as stored now, with its ETag. */
export const getQuote = (quoteId: string) =>
  unwrapVersioned(api.GET('/api/v1/quotes/{quote_id}', { params: { path: { quote_id: quoteId } } }))

export const quoteQueryOptions = (quoteId: string) =>
  queryOptions({ queryKey: ['quotes', 'detail', quoteId], queryFn: () => getQuote(quoteId) })

export function useQuote(quoteId: string) {
  return useQuery(quoteQueryOptions(quoteId))
}
