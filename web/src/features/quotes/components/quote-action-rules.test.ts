import { describe, expect, it } from 'vitest'
import { quoteActions } from './quote-action-rules'

const engineer = { id: 'eng', canWrite: true, canApprove: false }
const head = { id: 'head', canWrite: true, canApprove: true }
const quote = (status: string, over: Record<string, unknown> = {}) =>
  ({ status, is_current: true, owner_id: 'eng', ...over }) as Parameters<typeof quoteActions>[0]

describe('the actions a quote page offers', () => {
  it('follows the status: submit a draft, send an approved one, record the answer to a sent one', () => {
    expect(quoteActions(quote('draft'), engineer)).toEqual(['submit', 'edit'])
    expect(quoteActions(quote('approved'), engineer)).toEqual(['send', 'edit', 'revise'])
    expect(quoteActions(quote('sent'), engineer)).toEqual(['accept', 'reject', 'edit', 'revise'])
    expect(quoteActions(quote('accepted'), engineer)).toEqual([])
    expect(quoteActions(quote('rejected'), engineer)).toEqual(['revise'])
  })

  it("lets a head decide someone else's pending quote, never the author", () => {
    expect(quoteActions(quote('pending_approval'), head)).toEqual(['approve', 'decline', 'edit', 'revise'])
    expect(quoteActions(quote('pending_approval', { owner_id: 'head' }), head)).toEqual(['edit', 'revise'])
    expect(quoteActions(quote('pending_approval'), engineer)).toEqual(['edit', 'revise'])
  })

  it('offers nothing on an earlier, read-only revision', () => {
    expect(quoteActions(quote('sent', { is_current: false }), head)).toEqual([])
  })
})
