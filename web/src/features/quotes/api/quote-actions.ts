import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'

type QuoteAction =
  | { action: 'submit' | 'send' | 'revise' }
  | { action: 'approve' | 'decline'; comment: string | null }
  | { action: 'accept'; chosen_optional_line_ids: string[] }
  | { action: 'reject'; reason: string | null }

function call(quoteId: string, args: QuoteAction, key: string) {
  const params = { path: { quote_id: quoteId } }
  const headers = { 'Idempotency-Key': key }
  switch (args.action) {
    case 'submit':
      return api.POST('/api/v1/quotes/{quote_id}/submit', { params, headers })
    case 'send':
      return api.POST('/api/v1/quotes/{quote_id}/send', { params, headers })
    case 'revise':
      return api.POST('/api/v1/quotes/{quote_id}/revise', { params, headers })
    case 'approve':
      return api.POST('/api/v1/quotes/{quote_id}/approve', { params, headers, body: { comment: args.comment } })
    case 'decline':
      return api.POST('/api/v1/quotes/{quote_id}/decline', { params, headers, body: { comment: args.comment } })
    case 'accept':
      return api.POST('/api/v1/quotes/{quote_id}/accept', {
        params,
        headers,
        body: { chosen_optional_line_ids: args.chosen_optional_line_ids },
      })
    case 'reject':
      return api.POST('/api/v1/quotes/{quote_id}/reject', { params, headers, body: { reason: args.reason } })
  }
}

/**
 * One status action on a quote (submit, approve, decline, send, accept, reject,
 * revise), sent with the dialog's intent key so a retry replays. The answer is
 * the quote as it now stands (for revise: the new revision).
 */
export function useQuoteAction(quoteId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ args, key }: { args: QuoteAction; key: string }) => unwrapVersioned(call(quoteId, args, key)),
    onSuccess: (saved) => {
      queryClient.setQueryData(['quotes', 'detail', saved.data.id], saved)
      return queryClient.invalidateQueries({ queryKey: ['quotes'] })
    },
  })
}

export type { QuoteAction }
