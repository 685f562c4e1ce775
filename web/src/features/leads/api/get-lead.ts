import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'

/** The lead as stored now, with its ETag. */
export const getLead = (leadId: string) =>
  unwrapVersioned(api.GET('/api/v1/leads/{lead_id}', { params: { path: { lead_id: leadId } } }))

export const leadQueryOptions = (leadId: string) =>
  queryOptions({
    queryKey: ['leads', 'detail', leadId],
    queryFn: () => getLead(leadId),
  })

export function useLead(leadId: string) {
  return useQuery(leadQueryOptions(leadId))
}
