import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

type Status = Schema<'OpportunityStatus'>

export type OpportunityFilters = {
  q?: string
  pipeline_id?: string
  stage_id?: string
  owner_id?: string
  territory_id?: string
  customer_id?: string
  status?: string
  close_from?: string
  close_to?: string
  min_amount?: string
  max_amount?: string
  sort?: string
}

/** The URL's filters as the API's query: the same for the list, its count and its export. */
export function opportunityQuery(filters: OpportunityFilters) {
  return compact({
    ...filters,
    sort: filters.sort as SortOf<'/api/v1/opportunities'> | undefined,
    status: filters.status as Status | undefined,
  })
}

export const opportunitiesQueryOptions = (filters: OpportunityFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['opportunities', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/opportunities', { params: { query: { ...opportunityQuery(filters), limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useOpportunities(filters: OpportunityFilters, limit?: number) {
  return useInfiniteQuery(opportunitiesQueryOptions(filters, limit))
}
