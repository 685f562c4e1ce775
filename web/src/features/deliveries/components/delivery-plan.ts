import { compareDecimals, isDecimal, sumDecimals, trimZeros } from '@/lib/decimal'
import type { DeliverableOrder, Delivery, DeliveryStatus } from '../api/deliveries'

type OrderLine = DeliverableOrder['lines'][number]

/** Deliveries that still hold the order's quantities (deliveries/models.py OPEN_STATUSES). */
const OPEN: readonly DeliveryStatus[] = ['picking', 'packed', 'shipped']
/** Open deliveries whose goods are still in the order's reservation (shipping consumes it). */
const UNSHIPPED: readonly DeliveryStatus[] = ['picking', 'packed']

/** Deliveries are made for a confirmed or partly delivered order (deliveries/service.py DELIVERABLE). */
export function isDeliverable(order: Pick<DeliverableOrder, 'status'>): boolean {
  return order.status === 'confirmed' || order.status === 'partially_delivered'
}

export interface LinePlan {
  line: OrderLine
  /** What the line still owes: ordered less delivered less what open deliveries hold (the server's limit). */
  owed: string
  /** On open deliveries not yet delivered. */
  onDeliveries: string
  /** Set aside for the line and not yet on a delivery. */
  reservedFree: string
  /** False for a line that keeps no stock (a service, or an order without a warehouse). */
  holdsStock: boolean
  /** What the form proposes: the reserved part of what is owed (everything owed where no stock is kept). */
  proposed: string
}

const minus = (a: string, b: string) => sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`])
const atLeastZero = (v: string) => (compareDecimals(v, '0') < 0 ? '0' : v)
const lesser = (a: string, b: string) => (compareDecimals(a, b) <= 0 ? a : b)

function heldBy(deliveries: Pick<Delivery, 'status' | 'lines'>[], statuses: readonly DeliveryStatus[], lineId: string): string {
  return sumDecimals(
    deliveries
      .filter((d) => statuses.includes(d.status))
      .flatMap((d) => d.lines.filter((l) => l.sales_order_line_id === lineId).map((l) => l.quantity)),
  )
}

/**
 * Each order line with what a new delivery may take: at most what it still owes, and by
 * default the part of that the warehouse holds for it (a line waiting for stock proposes
 * only what has arrived; shipping more would take free stock or be refused).
 */
export function planLines(order: Pick<DeliverableOrder, 'lines'>, deliveries: Pick<Delivery, 'status' | 'lines'>[]): LinePlan[] {
  return [...order.lines]
    .sort((a, b) => a.position - b.position)
    .map((line) => {
      const onDeliveries = heldBy(deliveries, OPEN, line.id)
      const owed = atLeastZero(minus(minus(line.quantity, line.quantity_delivered), onDeliveries))
      const reservedFree = atLeastZero(minus(line.quantity_reserved, heldBy(deliveries, UNSHIPPED, line.id)))
      const shippedGoods = deliveries.some((d) => d.lines.some((l) => l.sales_order_line_id === line.id && l.is_goods))
      const holdsStock = compareDecimals(sumDecimals([line.quantity_reserved, line.quantity_waiting]), '0') > 0 || shippedGoods
      const proposed = holdsStock ? lesser(reservedFree, owed) : owed
      return { line, owed: trimZeros(owed), onDeliveries: trimZeros(onDeliveries), reservedFree: trimZeros(reservedFree), holdsStock, proposed: trimZeros(proposed) }
    })
}

/** A quantity to deliver: 0 (the line stays out) up to what the line owes, to 4 decimal places. */
export function quantityError(value: string, plan: Pick<LinePlan, 'owed'>): string | null {
  const v = value.trim()
  if (v === '') return null
  if (!isDecimal(v) || compareDecimals(v, '0') < 0) return 'A quantity, 0 or more'
  if ((v.split('.')[1]?.length ?? 0) > 4) return 'At most 4 decimal places'
  if (compareDecimals(v, plan.owed) > 0) return `At most ${plan.owed} (still to deliver)`
  return null
}

/** A hint when more is asked than the warehouse holds for the line. */
export function beyondReservation(value: string, plan: Pick<LinePlan, 'holdsStock' | 'reservedFree'>): boolean {
  const v = value.trim()
  return plan.holdsStock && isDecimal(v) && compareDecimals(v, plan.reservedFree) > 0
}

/**
 * The lines to send (those with a quantity above 0) and, for each one sent, the row it
 * came from: the server names a refused line by its place in what was sent.
 */
export function toDeliveryLines(plans: LinePlan[], quantities: string[]) {
  const lines: { sales_order_line_id: string; quantity: string }[] = []
  const rows: number[] = []
  plans.forEach((plan, row) => {
    const q = (quantities[row] ?? '').trim()
    if (q !== '' && isDecimal(q) && compareDecimals(q, '0') > 0) {
      lines.push({ sales_order_line_id: plan.line.id, quantity: q })
      rows.push(row)
    }
  })
  return { lines, rows }
}

/** Server field errors at `lines.N.…` (N: the N-th line sent) moved to the form's rows (`quantities.R`). */
export function errorsToRows(fieldErrors: Record<string, string>, rows: number[]): { atRows: Record<string, string>; elsewhere: string[] } {
  const atRows: Record<string, string> = {}
  const elsewhere: string[] = []
  for (const [path, message] of Object.entries(fieldErrors)) {
    const match = /^lines\.(\d+)\.(quantity|sales_order_line_id)$/.exec(path)
    const row = match ? rows[Number(match[1])] : undefined
    if (row !== undefined) atRows[`quantities.${row}`] = message
    else elsewhere.push(path === 'sales_order_id' ? `The order: ${message}` : `${path}: ${message}`)
  }
  return { atRows, elsewhere }
}
