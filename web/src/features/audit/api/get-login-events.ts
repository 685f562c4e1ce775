import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type LoginEvent = Schema<'LoginEventRead'>

export interface LoginEventFilters {
  user_id?: string
  succeeded?: string
  since?: string
  until?: string
}

/** `since`/`until` are dates in the URL; the API takes instants (local midnight). */
function instant(date: string | undefined, endOfDay = false): string | undefined {
  if (!date) return undefined
  const d = new Date(`${date}T00:00:00`)
  if (endOfDay) d.setDate(d.getDate() + 1)
  return d.toISOString()
}

export const loginEventsQueryOptions = (filters: LoginEventFilters) =>
  infiniteQueryOptions({
    queryKey: ['login-events', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/login-events', {
          params: {
            query: compact({
              user_id: filters.user_id,
              succeeded: filters.succeeded === undefined ? undefined : filters.succeeded === 'true',
              since: instant(filters.since),
              until: instant(filters.until, true),
              limit: PAGE_SIZE,
              cursor: pageParam,
            }),
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useLoginEvents(filters: LoginEventFilters) {
  return useInfiniteQuery(loginEventsQueryOptions(filters))
}
