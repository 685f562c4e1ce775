import { sumDecimals } from '@/lib/decimal'
import type { ExpenseDecision, ExpenseLine } from '../api/expense-reports'

/** The head's verdict on one line while reviewing; every line starts approved. */
export interface LineVerdict {
  decision: 'approved' | 'rejected'
  comment: string
}

export type Verdicts = Record<string, LineVerdict>

const APPROVED: LineVerdict = { decision: 'approved', comment: '' }

export function verdictOf(verdicts: Verdicts, lineId: string): LineVerdict {
  return verdicts[lineId] ?? APPROVED
}

export interface ReviewSummary {
  approved: number
  rejected: number
  approvedTotal: string
  /** Lines rejected without a word: the engineer would not know why. */
  missingComments: string[]
  /** Approving is possible: at least one line kept and every rejection explained. */
  canApprove: boolean
}

export function reviewSummary(lines: readonly Pick<ExpenseLine, 'id' | 'amount'>[], verdicts: Verdicts): ReviewSummary {
  const kept = lines.filter((l) => verdictOf(verdicts, l.id).decision === 'approved')
  const rejected = lines.filter((l) => verdictOf(verdicts, l.id).decision === 'rejected')
  const missingComments = rejected.filter((l) => !verdictOf(verdicts, l.id).comment.trim()).map((l) => l.id)
  return {
    approved: kept.length,
    rejected: rejected.length,
    approvedTotal: sumDecimals(kept.map((l) => l.amount)),
    missingComments,
    canApprove: kept.length > 0 && missingComments.length === 0,
  }
}

/** The approval as the API takes it: every line's verdict, rejections with their comment. */
export function approvalBody(lines: readonly Pick<ExpenseLine, 'id'>[], verdicts: Verdicts, comment: string): ExpenseDecision {
  return {
    approve: true,
    comment: comment.trim() || null,
    lines: lines.map((l) => {
      const v = verdictOf(verdicts, l.id)
      return { line_id: l.id, decision: v.decision, comment: v.comment.trim() || null }
    }),
  }
}

/** The whole report rejected (every line with it), with the comment the engineer reads. */
export function rejectionBody(comment: string): ExpenseDecision {
  return { approve: false, comment: comment.trim() || null, lines: [] }
}
