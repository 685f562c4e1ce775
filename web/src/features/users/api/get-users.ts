import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type User = Schema<'UserRead'>
export type Role = Schema<'Role'>

export interface UserFilters {
  q?: string
  role?: string
  team_id?: string
  is_active?: string
  sort?: string
}

export const usersQueryOptions = (filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: ['users', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/users', {
          params: {
            query: compact({
              q: filters.q,
              role: filters.role as Role | undefined,
              team_id: filters.team_id,
              is_active: filters.is_active === undefined ? undefined : filters.is_active === 'true',
              sort: filters.sort as SortOf<'/api/v1/users'> | undefined,
              limit: PAGE_SIZE,
              cursor: pageParam,
            }),
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery(usersQueryOptions(filters))
}
