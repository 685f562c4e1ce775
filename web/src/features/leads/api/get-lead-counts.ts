import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { LeadStatus } from './get-leads'

/** Leads per status for one owner (or everyone the caller may see), counted by the API. */
export function useLeadCounts(ownerId: string | undefined) {
  return useQuery({
    queryKey: ['leads', 'counts', ownerId],
    queryFn: () => unwrap(api.GET('/api/v1/leads/counts', { params: { query: { owner_id: ownerId } } })),
  })
}

export type LeadCounts = Record<LeadStatus, number>
