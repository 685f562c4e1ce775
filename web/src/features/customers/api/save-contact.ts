import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, idempotencyKey, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type ContactCreate = Schema<'ContactCreate'>

export function useAddContact(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ContactCreate) =>
      unwrap(
        api.POST('/api/v1/customers/{customer_id}/contacts', {
          params: { path: { customer_id: customerId } },
          body,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customers', 'detail', customerId] }),
  })
}
