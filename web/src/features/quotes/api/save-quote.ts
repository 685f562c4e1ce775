import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type QuoteCreate = Schema<'QuoteCreate'>
export type QuoteUpdate = Schema<'QuoteUpdate'>
export type QuoteLineIn = Schema<'QuoteLineIn'>

/** `key` is the builder's intent key: saving again after a timeout is the same quote. */
export function useCreateQuote() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: QuoteCreate; key: string }) =>
      unwrapVersioned(api.POST('/api/v1/quotes', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['quotes', 'detail', saved.data.id], saved)
      return queryClient.invalidateQueries({ queryKey: ['quotes', 'list'] })
    },
  })
}

/** PATCH with the ETag the builder was loaded with: a stale one answers 412. */
export function useUpdateQuote() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ quoteId, etag, body }: { quoteId: string; etag: string; body: QuoteUpdate }) =>
      unwrapVersioned(
        api.PATCH('/api/v1/quotes/{quote_id}', { params: { path: { quote_id: quoteId }, header: { 'If-Match': etag } }, body }),
      ),
    onSuccess: (saved, { quoteId }) => {
      queryClient.setQueryData(['quotes', 'detail', quoteId], saved)
      return queryClient.invalidateQueries({ queryKey: ['quotes', 'list'] })
    },
  })
}
