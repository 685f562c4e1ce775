import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Lead = Schema<'LeadRead'>
export type LeadStatus = Schema<'LeadStatus'>
export type LeadSource = Schema<'LeadSource'>

export type LeadFilters = {
  q?: string
  status?: string
  source?: string
  owner_id?: string
  territory_id?: string
  campaign_ref?: string
  min_score?: string
  sort?: string
}

/** The URL's filters as the API's query: the same for the list, its count and its export. */
export function leadQuery(filters: LeadFilters) {
  return compact({
    ...filters,
    sort: filters.sort as SortOf<'/api/v1/leads'> | undefined,
    status: filters.status as LeadStatus | undefined,
    source: filters.source as LeadSource | undefined,
    min_score: filters.min_score ? Number(filters.min_score) : undefined,
  })
}

export const leadsQueryOptions = (filters: LeadFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['leads', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/leads', { params: { query: { ...leadQuery(filters), limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useLeads(filters: LeadFilters, limit?: number) {
  return useInfiniteQuery(leadsQueryOptions(filters, limit))
}
