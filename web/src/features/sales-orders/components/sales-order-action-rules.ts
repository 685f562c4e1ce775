import type { SalesOrder } from '../api/get-sales-orders'

export type SalesOrderActionName = 'edit' | 'milestones' | 'confirm' | 'approve_credit' | 'cancel' | 'close'

/**
 * The actions the order page offers, by status (the server's state machine in
 * sales_orders/service.py): a draft is edited and confirmed; a draft or confirmed
 * order is cancelled while nothing of it is delivered or invoiced; a delivered one is
 * closed; the milestone plan changes while the order is a draft or confirmed and
 * nothing is invoiced; an order on credit hold (over the customer's credit limit) is
 * confirmed by a head approving the credit (decision 0025). The server decides; this
 * only hides what it would refuse.
 */
export function salesOrderActions(
  order: Pick<SalesOrder, 'status' | 'lines' | 'milestones'>,
  canWrite: boolean,
  canApproveCredit = false,
): SalesOrderActionName[] {
  if (!canWrite) return []
  const delivered = order.lines.some((l) => Number(l.quantity_delivered) > 0)
  const invoiced = order.lines.some((l) => Number(l.quantity_invoiced) > 0) || order.milestones.some((m) => Number(m.invoiced_amount) > 0)
  const out: SalesOrderActionName[] = []
  if (order.status === 'draft') out.push('edit')
  if ((order.status === 'draft' || order.status === 'confirmed') && !invoiced) out.push('milestones')
  if (order.status === 'draft' && order.lines.length > 0) out.push('confirm')
  if (order.status === 'credit_hold' && canApproveCredit) out.push('approve_credit')
  if (order.status === 'delivered') out.push('close')
  if ((order.status === 'draft' || order.status === 'credit_hold' || order.status === 'confirmed') && !delivered && !invoiced) out.push('cancel')
  return out
}
