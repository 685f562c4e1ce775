import { compareDecimals, subtractDecimals } from '@/lib/decimal'
import type { Milestone, SalesOrder, SalesOrderLine } from '../api/get-sales-orders'

/** An invoice made from the order, as the order page needs it (the invoices list's summary). */
export interface OrderInvoiceRef {
  id: string
  kind: string
  status: string
  source_milestone_id: string | null
}

/** What a milestone, or the delivered quantities, offer: a new invoice, or the draft already waiting. */
export type BillingOffer = { kind: 'invoice' } | { kind: 'draft'; invoiceId: string } | null

export interface OrderBilling {
  /** By milestone id. */
  milestones: Record<string, BillingOffer>
  quantities: BillingOffer
}

/** The statuses the server invoices (sales_orders/service.py INVOICEABLE). */
const INVOICEABLE: readonly SalesOrder['status'][] = ['confirmed', 'partially_delivered', 'delivered', 'closed']

/** What is left to invoice of a milestone: planned less invoiced (GST included). */
export function milestoneLeft(m: Pick<Milestone, 'planned_amount' | 'invoiced_amount'>): string {
  return subtractDecimals(m.planned_amount, m.invoiced_amount)
}

/** What is delivered of a line and not yet invoiced. */
export function quantityLeft(l: Pick<SalesOrderLine, 'quantity_delivered' | 'quantity_invoiced'>): string {
  return subtractDecimals(l.quantity_delivered, l.quantity_invoiced)
}

const positive = (value: string) => compareDecimals(value, '0') > 0

/**
 * The invoices the order page offers (decision 0025): a confirmed (or later) order is
 * billed either by its milestones (what is left of each) or by delivered quantities not
 * yet invoiced, never both. The order counts an invoice when it is issued, so a draft
 * waiting to be issued is offered instead of a second one, and it already decides the
 * way the order is billed. Until the order's invoices are known (`invoices` undefined)
 * nothing is offered. The server decides; this only hides what it would refuse.
 */
export function orderBilling(
  order: Pick<SalesOrder, 'status' | 'lines' | 'milestones'>,
  invoices: OrderInvoiceRef[] | undefined,
  canBill: boolean,
): OrderBilling {
  const billing: OrderBilling = { milestones: {}, quantities: null }
  if (!canBill || !invoices || !INVOICEABLE.includes(order.status)) return billing
  const drafts = invoices.filter((i) => i.kind === 'invoice' && i.status === 'draft')
  const milestoneDrafts = new Map(drafts.filter((d) => d.source_milestone_id).map((d) => [d.source_milestone_id, d.id]))
  const quantityDraft = drafts.find((d) => !d.source_milestone_id)
  const byQuantities = quantityDraft !== undefined || order.lines.some((l) => positive(l.quantity_invoiced))
  const byMilestones = milestoneDrafts.size > 0 || order.milestones.some((m) => positive(m.invoiced_amount))
  for (const m of order.milestones) {
    const draft = milestoneDrafts.get(m.id)
    billing.milestones[m.id] = draft ? { kind: 'draft', invoiceId: draft } : !byQuantities && positive(milestoneLeft(m)) ? { kind: 'invoice' } : null
  }
  if (quantityDraft) billing.quantities = { kind: 'draft', invoiceId: quantityDraft.id }
  else if (!byMilestones && order.lines.some((l) => positive(quantityLeft(l)))) billing.quantities = { kind: 'invoice' }
  return billing
}

/** The way the order's issued invoices bill it, if any has been issued. */
export function billedBy(order: Pick<SalesOrder, 'lines' | 'milestones'>): 'milestones' | 'quantities' | null {
  if (order.lines.some((l) => positive(l.quantity_invoiced))) return 'quantities'
  if (order.milestones.some((m) => positive(m.invoiced_amount))) return 'milestones'
  return null
}

/** True when both ways are still open: the first invoice issued decides between them. */
export function bothWaysOpen(billing: OrderBilling): boolean {
  return billing.quantities?.kind === 'invoice' && Object.values(billing.milestones).some((o) => o?.kind === 'invoice')
}

/** A quantity to invoice: 0 (the line stays out) up to what is delivered and not invoiced, to 4 decimal places. */
export function invoiceQuantityError(value: string, left: string): string | null {
  const v = value.trim()
  if (v === '') return null
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(v)) return 'A quantity, 0 or more'
  if ((v.split('.')[1]?.length ?? 0) > 4) return 'At most 4 decimal places'
  if (compareDecimals(v, left) > 0) return `At most ${left} (delivered, not invoiced)`
  return null
}
