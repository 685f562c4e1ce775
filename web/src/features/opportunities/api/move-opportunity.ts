import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type StageMove = Schema<'StageMove'>

/** `key` is the intent's: the same move retried (same deal, version and body) replays. */
export async function moveOpportunity(opportunityId: string, body: StageMove, key: string) {
  return unwrap(
    api.POST('/api/v1/opportunities/{opportunity_id}/move', {
      params: { path: { opportunity_id: opportunityId } },
      body,
      headers: { 'Idempotency-Key': key },
    }),
  )
}

/** Moves a deal to another stage; the board's sums, the lists and the history follow. */
export function useMoveOpportunity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ opportunityId, body, key }: { opportunityId: string; body: StageMove; key: string }) =>
      moveOpportunity(opportunityId, body, key),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
        queryClient.invalidateQueries({ queryKey: ['customers', 'timeline'] }),
      ]),
  })
}
