import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type StageHistory = Schema<'StageHistoryRead'>

/** The deal as stored now, with its ETag. */
export const getOpportunity = (opportunityId: string) =>
  unwrapVersioned(api.GET('/api/v1/opportunities/{opportunity_id}', { params: { path: { opportunity_id: opportunityId } } }))

export const opportunityQueryOptions = (opportunityId: string) =>
  queryOptions({
    queryKey: ['opportunities', 'detail', opportunityId],
    queryFn: () => getOpportunity(opportunityId),
  })

export function useOpportunity(opportunityId: string) {
  return useQuery(opportunityQueryOptions(opportunityId))
}

export function useStageHistory(opportunityId: string) {
  return useQuery({
    queryKey: ['opportunities', 'history', opportunityId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/opportunities/{opportunity_id}/history', { params: { path: { opportunity_id: opportunityId } } })),
  })
}
