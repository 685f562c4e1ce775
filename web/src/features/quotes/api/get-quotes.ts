import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type QuoteSummary = Schema<'QuoteSummaryRead'>
export type QuoteStatus = Schema<'QuoteStatus'>

export type QuoteFilters = {
  q?: string
  status?: string
  customer_id?: string
  opportunity_id?: string
  number?: string
  sort?: string
}

export function quoteQuery(filters: QuoteFilters) {
  return compact({
    ...filters,
    status: filters.status as QuoteStatus | undefined,
    sort: filters.sort as SortOf<'/api/v1/quotes'> | undefined,
  })
}

export async function getQuotes(filters: QuoteFilters, cursor: string | undefined, limit = PAGE_SIZE) {
  return unwrap(api.GET('/api/v1/quotes', { params: { query: { ...quoteQuery(filters), limit, cursor } } }))
}

export const quotesQueryOptions = (filters: QuoteFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['quotes', 'list', filters, limit],
    queryFn: ({ pageParam }) => getQuotes(filters, pageParam, limit),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

/** The current revision of each quote the caller may see; `number` lists every revision of one. */
export function useQuotes(filters: QuoteFilters, limit = PAGE_SIZE) {
  return useInfiniteQuery(quotesQueryOptions(filters, limit))
}

/** The approvals inbox: pending quotes the caller may decide. */
export const approvalsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['quotes', 'approvals'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/quotes/approvals', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useApprovals(enabled = true) {
  return useInfiniteQuery({ ...approvalsQueryOptions(), enabled })
}
