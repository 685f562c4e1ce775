import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type ActivityListFilters = {
  type?: string
  status?: string
  owner_id?: string
  sort?: string
}

/** The URL's filters as the API's query: the same for the list, its count and its export. */
export function activityQuery(filters: ActivityListFilters) {
  return compact({
    ...filters,
    type: filters.type as Schema<'ActivityType'> | undefined,
    status: filters.status as Schema<'ActivityStatus'> | undefined,
    // The API takes several owners; the list's picker chooses one.
    owner_id: filters.owner_id ? [filters.owner_id] : undefined,
    sort: (filters.sort ?? '-scheduled_at') as SortOf<'/api/v1/activities'>,
  })
}

/** Every activity the caller may see, newest plan first unless sorted otherwise. */
export const activityListQueryOptions = (filters: ActivityListFilters) =>
  infiniteQueryOptions({
    queryKey: ['activities', 'list', 'all', filters],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/activities', { params: { query: { ...activityQuery(filters), limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useActivityList(filters: ActivityListFilters) {
  return useInfiniteQuery(activityListQueryOptions(filters))
}
