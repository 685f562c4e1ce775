import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Territory = Schema<'TerritoryRead'>

export const territoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['territories', 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/territories')),
    staleTime: 5 * 60_000,
  })

export function useTerritories() {
  return useQuery(territoriesQueryOptions())
}

export function territoryName(territories: Territory[] | undefined, id: string | null | undefined): string {
  if (!id) return '—'
  return territories?.find((t) => t.id === id)?.name ?? '…'
}
