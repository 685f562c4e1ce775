import { useQueries } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { LeadStatus } from './get-leads'

const CAP = 200

/**
 * Leads per status for one owner. The API has no count endpoint, so each
 * status reads one page of up to 200 and reports "200+" beyond that.
 */
export function useLeadCounts(ownerId: string | undefined, statuses: LeadStatus[]) {
  return useQueries({
    queries: statuses.map((status) => ({
      queryKey: ['leads', 'count', ownerId, status],
      queryFn: async () => {
        const page = await unwrap(api.GET('/api/v1/leads', { params: { query: { owner_id: ownerId, status, limit: CAP } } }))
        return { status, count: page.items.length, more: Boolean(page.next_cursor) }
      },
    })),
  })
}
