import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type ContactCreate = Schema<'ContactCreate'>

export function useAddContact(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: ContactCreate; key: string }) =>
      unwrap(
        api.POST('/api/v1/customers/{customer_id}/contacts', {
          params: { path: { customer_id: customerId } },
          body,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customers', 'detail', customerId] }),
  })
}

export type ContactUpdate = Schema<'ContactUpdate'>

export function useUpdateContact(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ contactId, etag, body }: { contactId: string; etag: string; body: ContactUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/customers/{customer_id}/contacts/{contact_id}', {
          params: { path: { customer_id: customerId, contact_id: contactId }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customers', 'detail', customerId] }),
  })
}

/** One contact as stored now, with its ETag. */
export const getContact = (customerId: string, contactId: string) =>
  unwrapVersioned(
    api.GET('/api/v1/customers/{customer_id}/contacts/{contact_id}', { params: { path: { customer_id: customerId, contact_id: contactId } } }),
  )
