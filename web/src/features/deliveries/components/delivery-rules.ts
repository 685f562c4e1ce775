import { compareDecimals, isDecimal } from '@/lib/decimal'
import type { Delivery, DeliveryStatus } from '../api/deliveries'

/** The way a delivery goes (deliveries/service.py): picking -> packed -> shipped -> delivered. */
export const DELIVERY_STEPS = ['picking', 'packed', 'shipped', 'delivered'] as const satisfies readonly DeliveryStatus[]

export type DeliveryActionName = 'pack' | 'repack' | 'ship' | 'deliver' | 'cancel'

/**
 * What the delivery page offers, by status, as the server allows it: a picked delivery
 * is packed, a packed one shipped (or packed again to correct the count and weight), a
 * shipped one delivered; picking or packed may be cancelled (nothing has left the
 * warehouse yet). The server decides; this only hides what it would refuse.
 */
export function deliveryActions(delivery: Pick<Delivery, 'status'>, canWrite: boolean): DeliveryActionName[] {
  if (!canWrite) return []
  switch (delivery.status) {
    case 'picking':
      return ['pack', 'cancel']
    case 'packed':
      return ['ship', 'repack', 'cancel']
    case 'shipped':
      return ['deliver']
    default:
      return []
  }
}

/**
 * How many of the steps are done: picking is under way until the delivery is packed
 * (which finishes picking too); a cancelled one stopped before shipping.
 */
export function stepsDone(delivery: Pick<Delivery, 'status' | 'packed_at'>): number {
  switch (delivery.status) {
    case 'picking':
      return 0
    case 'cancelled':
      return delivery.packed_at ? 2 : 0
    default:
      return DELIVERY_STEPS.indexOf(delivery.status) + 1
  }
}

export interface PackValues {
  packages_count: string
  gross_weight_kg: string
}

export interface ShipValues {
  carrier: string
  vehicle_number: string
  tracking_number: string
}

export interface DeliverValues {
  delivered_on: string | null
  received_by: string
}

const decimalPlaces = (value: string) => value.trim().split('.')[1]?.length ?? 0

/** Packages: a whole number from 1 to 100,000; gross weight: kilograms above 0, to 4 places (DeliveryPack). */
export function packErrors(v: PackValues): Record<string, string> {
  const errors: Record<string, string> = {}
  const count = v.packages_count.trim()
  if (!/^\d+$/.test(count) || Number(count) < 1) errors.packages_count = 'A whole number of packages, at least 1'
  else if (Number(count) > 100_000) errors.packages_count = 'At most 100,000 packages'
  const weight = v.gross_weight_kg.trim()
  if (!isDecimal(weight) || compareDecimals(weight, '0') <= 0) errors.gross_weight_kg = 'Kilograms, more than 0'
  else if (decimalPlaces(weight) > 4) errors.gross_weight_kg = 'At most 4 decimal places'
  return errors
}

/** The carrier is required (120 characters at most); vehicle (40) and tracking numbers (80) are optional (DeliveryShip). */
export function shipErrors(v: ShipValues): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.carrier.trim()) errors.carrier = 'Who carries it'
  else if (v.carrier.trim().length > 120) errors.carrier = 'At most 120 characters'
  if (v.vehicle_number.trim().length > 40) errors.vehicle_number = 'At most 40 characters'
  if (v.tracking_number.trim().length > 80) errors.tracking_number = 'At most 80 characters'
  return errors
}

/** Who received it is required; the date is not after today (`today` as YYYY-MM-DD). */
export function deliverErrors(v: DeliverValues, today: string): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.received_by.trim()) errors.received_by = 'Who signed for it'
  else if (v.received_by.trim().length > 200) errors.received_by = 'At most 200 characters'
  if (v.delivered_on && v.delivered_on > today) errors.delivered_on = 'Not after today'
  return errors
}

export function toPackBody(v: PackValues) {
  return { packages_count: Number(v.packages_count.trim()), gross_weight_kg: v.gross_weight_kg.trim() }
}

export function toShipBody(v: ShipValues) {
  return { carrier: v.carrier.trim(), vehicle_number: v.vehicle_number.trim() || null, tracking_number: v.tracking_number.trim() || null }
}

export function toDeliverBody(v: DeliverValues) {
  return { delivered_on: v.delivered_on || null, received_by: v.received_by.trim() }
}
