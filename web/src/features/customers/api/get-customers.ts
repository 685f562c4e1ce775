import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type CustomerSummary = Schema<'CustomerSummary'>

export type CustomerFilters = {
  q?: string
  territory_id?: string
  owner_id?: string
  industry?: string
  segment?: string
  min_rating?: string
  archived?: string
  sort?: string
}

/** The URL's filters as the API's query: the same for the list, its count and its export. */
export function customerQuery(filters: CustomerFilters) {
  return compact({
    ...filters,
    sort: filters.sort as SortOf<'/api/v1/customers'> | undefined,
    min_rating: filters.min_rating ? Number(filters.min_rating) : undefined,
    archived: filters.archived === 'true' ? true : undefined,
  })
}

export async function getCustomers(filters: CustomerFilters, cursor: string | undefined) {
  const query = { ...customerQuery(filters), limit: PAGE_SIZE, cursor }
  return unwrap(api.GET('/api/v1/customers', { params: { query } }))
}

export const customersQueryOptions = (filters: CustomerFilters) =>
  infiniteQueryOptions({
    queryKey: ['customers', 'list', filters],
    queryFn: ({ pageParam }) => getCustomers(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useCustomers(filters: CustomerFilters, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...customersQueryOptions(filters), enabled })
}
