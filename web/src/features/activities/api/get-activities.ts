import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor } from '@/lib/api/pagination'
import { compact } from '@/lib/url-state'

export interface ActivityLinks {
  customer_id?: string
  lead_id?: string
  opportunity_id?: string
}

/** Activities linked to one record, newest plan first. */
export const relatedActivitiesQueryOptions = (links: ActivityLinks) =>
  infiniteQueryOptions({
    queryKey: ['activities', 'list', links],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/activities', { params: { query: { ...compact(links), sort: '-scheduled_at', limit: 10, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useRelatedActivities(links: ActivityLinks) {
  return useInfiniteQuery(relatedActivitiesQueryOptions(links))
}
