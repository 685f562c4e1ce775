import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, idempotencyKey, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type StageMove = Schema<'StageMove'>

export async function moveOpportunity(opportunityId: string, body: StageMove) {
  return unwrap(
    api.POST('/api/v1/opportunities/{opportunity_id}/move', {
      params: { path: { opportunity_id: opportunityId } },
      body,
      headers: { 'Idempotency-Key': idempotencyKey() },
    }),
  )
}

/** Moves a deal to another stage; the board's sums, the lists and the history follow. */
export function useMoveOpportunity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ opportunityId, body }: { opportunityId: string; body: StageMove }) => moveOpportunity(opportunityId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
        queryClient.invalidateQueries({ queryKey: ['customers', 'timeline'] }),
      ]),
  })
}
