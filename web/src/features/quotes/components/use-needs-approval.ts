import { limitOfRole, useDiscountLimits } from '@/lib/lookups/discount-limits'
import { usePeople } from '@/lib/lookups/users'
import type { Quote } from '../api/get-quote'
import { discountOverLimit } from '@/components/lines/line-drafts'

/**
 * Whether the quote waits, or will wait, for a head's approval. The server
 * decides at submit (`needs_approval`); before that, a draft is judged here by
 * its largest discount against its author's limit, the same rule.
 */
export function useNeedsApproval(quote: Pick<Quote, 'status' | 'needs_approval' | 'max_discount_percent' | 'owner_id'>): boolean {
  const people = usePeople()
  const limits = useDiscountLimits()
  if (quote.status === 'pending_approval') return true
  if (quote.status !== 'draft') return quote.needs_approval
  const author = people.data?.find((u) => u.id === quote.owner_id)
  return discountOverLimit(quote.max_discount_percent, limitOfRole(limits.data, author?.role))
}
