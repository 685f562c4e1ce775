import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type CustomerCreate = Schema<'CustomerCreate'>
export type CustomerUpdate = Schema<'CustomerUpdate'>

/** `key` is the form's intent key (lib/api/intent-key.ts): a retried create replays, never duplicates. */
export function useCreateCustomer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: CustomerCreate; key: string }) =>
      unwrap(api.POST('/api/v1/customers', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customers', 'list'] }),
  })
}

interface UpdateArgs {
  customerId: string
  etag: string
  body: CustomerUpdate
}

/** PATCH with the ETag the form was loaded with: a stale one answers 412. */
export function useUpdateCustomer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ customerId, etag, body }: UpdateArgs) =>
      unwrapVersioned(
        api.PATCH('/api/v1/customers/{customer_id}', {
          params: { path: { customer_id: customerId }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: (saved, { customerId }) => {
      queryClient.setQueryData(['customers', 'detail', customerId], saved)
      return queryClient.invalidateQueries({ queryKey: ['customers', 'list'] })
    },
  })
}

export function useSetArchived() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ customerId, archived }: { customerId: string; archived: boolean }) => {
      const path = { customer_id: customerId }
      return archived
        ? unwrapVersioned(api.POST('/api/v1/customers/{customer_id}/archive', { params: { path } }))
        : unwrapVersioned(api.POST('/api/v1/customers/{customer_id}/unarchive', { params: { path } }))
    },
    onSuccess: (saved, { customerId }) => {
      queryClient.setQueryData(['customers', 'detail', customerId], saved)
      return queryClient.invalidateQueries({ queryKey: ['customers', 'list'] })
    },
  })
}
