import type { Quote } from '../api/get-quote'

export type QuoteActionName = 'edit' | 'submit' | 'approve' | 'decline' | 'send' | 'accept' | 'reject' | 'revise'

interface Caller {
  id: string | undefined
  canWrite: boolean
  canApprove: boolean
}

const EDITABLE = new Set(['draft', 'pending_approval', 'approved', 'sent'])
const REVISABLE = new Set(['pending_approval', 'approved', 'sent', 'rejected', 'expired'])

/**
 * The actions the quote page offers, by status (the server's state machine,
 * docs/decisions/0016): an earlier revision offers none; the author never
 * decides their own approval.
 */
export function quoteActions(quote: Pick<Quote, 'status' | 'is_current' | 'owner_id'>, caller: Caller): QuoteActionName[] {
  if (!quote.is_current) return []
  const out: QuoteActionName[] = []
  if (caller.canWrite) {
    if (quote.status === 'draft') out.push('submit')
    if (quote.status === 'approved') out.push('send')
    if (quote.status === 'sent') out.push('accept', 'reject')
  }
  if (caller.canApprove && quote.status === 'pending_approval' && quote.owner_id !== caller.id) out.push('approve', 'decline')
  if (caller.canWrite) {
    if (EDITABLE.has(quote.status)) out.push('edit')
    if (REVISABLE.has(quote.status)) out.push('revise')
  }
  return out
}
