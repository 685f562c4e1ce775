import { compareDecimals, isDecimal } from '@/lib/decimal'
import type { ProcurementRequest } from '../api/procurement'

export type ProcurementActionName = 'order' | 'receive' | 'cancel'

/** requested -> ordered -> received; an open request (requested or ordered) is cancelled (procurement/service.py). */
export function procurementActions(request: Pick<ProcurementRequest, 'status'>, canWrite: boolean): ProcurementActionName[] {
  if (!canWrite) return []
  if (request.status === 'requested') return ['order', 'cancel']
  if (request.status === 'ordered') return ['receive', 'cancel']
  return []
}

/** What is still to arrive: the quantity less what was received. */
export function outstanding(request: Pick<ProcurementRequest, 'quantity' | 'quantity_received'>): string {
  const q = Number(request.quantity) - Number(request.quantity_received)
  return String(Math.max(0, Math.round(q * 10000) / 10000))
}

/** A receipt is more than 0 and at most what is outstanding (partial receipts allowed). */
export function receiptError(quantity: string, request: Pick<ProcurementRequest, 'quantity' | 'quantity_received'>): string | null {
  if (!isDecimal(quantity) || compareDecimals(quantity, '0') <= 0) return 'More than 0'
  const left = outstanding(request)
  return compareDecimals(quantity, left) > 0 ? `At most ${left} (outstanding)` : null
}
