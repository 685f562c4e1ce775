import { compareDecimals, isDecimal, sumDecimals } from '@/lib/decimal'

/** One open invoice the payment form may allocate to, as the invoices list gives it. */
export interface OpenInvoice {
  id: string
  number: string | null
  due_date: string
  open_amount: string
  currency: string
}

/** What the user typed for one invoice (empty: nothing allocated). */
export interface AllocationDraft {
  invoice_id: string
  amount: string
}

export function negate(value: string): string {
  const v = value.trim()
  return v.startsWith('-') ? v.slice(1) : `-${v}`
}

export function subtractDecimals(a: string, b: string): string {
  return sumDecimals([a, negate(b)])
}

const filled = (d: AllocationDraft) => d.amount.trim() !== ''

/** The sum of the typed allocations that read as numbers. */
export function allocatedTotal(drafts: readonly AllocationDraft[]): string {
  return sumDecimals(drafts.filter((d) => filled(d) && isDecimal(d.amount)).map((d) => d.amount.trim()))
}

export interface AllocationSummary {
  allocated: string
  /** The part of the payment not allocated: it stays on the customer's account as credit. */
  credit: string
  /** More is allocated than was paid. */
  overAllocated: boolean
}

export function allocationSummary(paymentAmount: string, drafts: readonly AllocationDraft[]): AllocationSummary {
  const allocated = allocatedTotal(drafts)
  const amount = isDecimal(paymentAmount) ? paymentAmount.trim() : '0'
  const credit = subtractDecimals(amount, allocated)
  return { allocated, credit: compareDecimals(credit, '0') < 0 ? '0' : credit, overAllocated: compareDecimals(allocated, amount) > 0 }
}

/** The invoice's open amount once the typed allocation is applied (never below zero for display). */
export function remainingOpen(invoice: OpenInvoice, typed: string): string {
  if (!typed.trim() || !isDecimal(typed)) return invoice.open_amount
  const left = subtractDecimals(invoice.open_amount, typed)
  return compareDecimals(left, '0') < 0 ? '0' : left
}

/** The message for one allocation field, or null when it is fine (the server checks again). */
export function allocationError(invoice: OpenInvoice, typed: string): string | null {
  if (!typed.trim()) return null
  if (!isDecimal(typed) || compareDecimals(typed, '0') <= 0) return 'Enter an amount above zero'
  if (compareDecimals(typed, invoice.open_amount) > 0) return 'More than the invoice still owes'
  return null
}

/**
 * Spreads `amount` over the invoices oldest due first, each up to what it still owes;
 * what is left over is credit.
 */
export function allocateOldestFirst(amount: string, invoices: readonly OpenInvoice[]): AllocationDraft[] {
  let left = isDecimal(amount) && compareDecimals(amount, '0') > 0 ? amount.trim() : '0'
  const ordered = [...invoices].sort((a, b) => (a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : 0))
  return ordered.map((inv) => {
    if (compareDecimals(left, '0') <= 0) return { invoice_id: inv.id, amount: '' }
    const take = compareDecimals(left, inv.open_amount) >= 0 ? inv.open_amount : left
    left = subtractDecimals(left, take)
    return { invoice_id: inv.id, amount: take }
  })
}

/** The drafts the API takes: only the filled ones. */
export function toAllocationsIn(drafts: readonly AllocationDraft[]): { invoice_id: string; amount: string }[] {
  return drafts.filter(filled).map((d) => ({ invoice_id: d.invoice_id, amount: d.amount.trim() }))
}
