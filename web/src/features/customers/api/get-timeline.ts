import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'

export type TimelineEvent = Schema<'TimelineEventRead'>

export const timelineQueryOptions = (customerId: string) =>
  infiniteQueryOptions({
    queryKey: ['customers', 'timeline', customerId],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/customers/{customer_id}/timeline', {
          params: { path: { customer_id: customerId }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useTimeline(customerId: string) {
  return useInfiniteQuery(timelineQueryOptions(customerId))
}
