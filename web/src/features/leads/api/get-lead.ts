import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'

export const leadQueryOptions = (leadId: string) =>
  queryOptions({
    queryKey: ['leads', 'detail', leadId],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/leads/{lead_id}', { params: { path: { lead_id: leadId } } })),
  })

export function useLead(leadId: string) {
  return useQuery(leadQueryOptions(leadId))
}
