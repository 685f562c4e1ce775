import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Board = Schema<'Board'>
export type BoardColumn = Schema<'BoardColumn'>
export type Opportunity = Schema<'OpportunityRead'>
export type CurrencyTotal = Schema<'CurrencyTotal'>

export interface BoardFilters {
  pipeline_id?: string
  owner_id?: string
  territory_id?: string
}

export const boardQueryOptions = (filters: BoardFilters) =>
  queryOptions({
    queryKey: ['opportunities', 'board', filters],
    queryFn: () => unwrap(api.GET('/api/v1/opportunities/board', { params: { query: { ...compact(filters), cards: 20 } } })),
    placeholderData: keepPreviousData,
    // Others move deals too: the board refreshes whenever it is shown.
    staleTime: 0,
  })

export function useBoard(filters: BoardFilters) {
  return useQuery(boardQueryOptions(filters))
}
