import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type OpportunityReopen = Schema<'OpportunityReopen'>

/** `key` is the intent's: the same reopen retried (a timeout, a double click) replays its first answer. */
export async function reopenOpportunity(opportunityId: string, body: OpportunityReopen, key: string) {
  return unwrap(
    api.POST('/api/v1/opportunities/{opportunity_id}/reopen', {
      params: { path: { opportunity_id: opportunityId } },
      body,
      headers: { 'Idempotency-Key': key },
    }),
  )
}

/** Reopens a won or lost deal; the deal, the board, the lists, the history and the timeline follow. */
export function useReopenOpportunity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ opportunityId, body, key }: { opportunityId: string; body: OpportunityReopen; key: string }) =>
      reopenOpportunity(opportunityId, body, key),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
        queryClient.invalidateQueries({ queryKey: ['customers', 'timeline'] }),
      ]),
  })
}
