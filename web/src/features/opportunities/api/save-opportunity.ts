import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type OpportunityCreate = Schema<'OpportunityCreate'>
export type OpportunityUpdate = Schema<'OpportunityUpdate'>

export function useCreateOpportunity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: OpportunityCreate; key: string }) =>
      unwrap(api.POST('/api/v1/opportunities', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  })
}

export function useUpdateOpportunity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ opportunityId, etag, body }: { opportunityId: string; etag: string; body: OpportunityUpdate }) =>
      unwrapVersioned(
        api.PATCH('/api/v1/opportunities/{opportunity_id}', {
          params: { path: { opportunity_id: opportunityId }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: (saved, { opportunityId }) => {
      queryClient.setQueryData(['opportunities', 'detail', opportunityId], saved)
      return queryClient.invalidateQueries({ queryKey: ['opportunities'] })
    },
  })
}
