import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type User = Schema<'UserRead'>

/**
 * Everyone the caller may see (an engineer: their team; an admin: all), for
 * owner pickers and for showing names beside ids. One page of 200 covers a
 * sales organisation; larger ones search through the users list instead.
 */
export const peopleQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'people'],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { limit: 200, is_active: true } } })),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  })

export function usePeople() {
  return useQuery(peopleQueryOptions())
}

export function personName(people: User[] | undefined, id: string | null | undefined): string {
  if (!id) return '—'
  return people?.find((u) => u.id === id)?.full_name ?? '…'
}
