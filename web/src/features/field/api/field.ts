import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type LatestPosition = Schema<'LatestPosition'>
export type DayRoute = Schema<'DayRoute'>
export type Visit = Schema<'VisitRead'>
export type VisitStatus = Schema<'VisitStatus'>
export type VisitReport = Schema<'VisitReportRead'>

export function useLatestPositions() {
  return useQuery(
    queryOptions({
      queryKey: ['field', 'latest'],
      queryFn: () => unwrap(api.GET('/api/v1/locations/latest')),
      refetchInterval: 60_000,
    }),
  )
}

/** An engineer's day; without a date, today in the company's time zone (the server decides). */
export function useDayRoute(userId: string | null, date: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ['field', 'day', userId, date],
      queryFn: () =>
        unwrap(api.GET('/api/v1/users/{user_id}/day', { params: { path: { user_id: userId ?? '' }, query: compact({ date }) } })),
      enabled: Boolean(userId),
    }),
  )
}

export type VisitFilters = { owner_id?: string; planned_date?: string; status?: string; is_flagged?: string; customer_id?: string }

export type VisitSort = SortOf<'/api/v1/visits'>

/** Visits page by page; `sort` as the API allows (a day's route: `route_position`; the newest first: `-planned_date`). */
export const visitsQueryOptions = (filters: VisitFilters, limit = PAGE_SIZE, sort?: VisitSort) =>
  infiniteQueryOptions({
    queryKey: ['field', 'visits', filters, limit, sort],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/visits', {
          params: {
            query: {
              ...compact({
                owner_id: filters.owner_id ? [filters.owner_id] : undefined,
                customer_id: filters.customer_id,
                planned_date: filters.planned_date,
                status: filters.status as VisitStatus | undefined,
                is_flagged: filters.is_flagged === 'true' ? true : filters.is_flagged === 'false' ? false : undefined,
              }),
              limit,
              sort,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useVisits(filters: VisitFilters, { enabled = true, sort }: { enabled?: boolean; sort?: VisitSort } = {}) {
  return useInfiniteQuery({ ...visitsQueryOptions(filters, PAGE_SIZE, sort), enabled })
}

export function useVisit(visitId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['field', 'visit', visitId],
      queryFn: () => unwrap(api.GET('/api/v1/visits/{visit_id}', { params: { path: { visit_id: visitId } } })),
    }),
  )
}

/** The visit's report; a visit without one answers 404, shown as "no report yet". */
export function useVisitReport(visitId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['field', 'visit', visitId, 'report'],
      queryFn: () => unwrap(api.GET('/api/v1/visits/{visit_id}/report', { params: { path: { visit_id: visitId } } })),
      enabled,
      retry: false,
    }),
  )
}
