import { describe, expect, it } from 'vitest'
import { deliverErrors, deliveryActions, packErrors, shipErrors, stepsDone, toDeliverBody, toPackBody, toShipBody } from './delivery-rules'

describe('delivery actions', () => {
  it('packs a picked delivery, ships or repacks a packed one, delivers a shipped one; cancels before shipping', () => {
    expect(deliveryActions({ status: 'picking' }, true)).toEqual(['pack', 'cancel'])
    expect(deliveryActions({ status: 'packed' }, true)).toEqual(['ship', 'repack', 'cancel'])
    expect(deliveryActions({ status: 'shipped' }, true)).toEqual(['deliver'])
    expect(deliveryActions({ status: 'delivered' }, true)).toEqual([])
    expect(deliveryActions({ status: 'cancelled' }, true)).toEqual([])
    expect(deliveryActions({ status: 'picking' }, false)).toEqual([])
  })

  it('counts the steps done: picking is under way until packed; a cancelled one stopped where it was', () => {
    expect(stepsDone({ status: 'picking', packed_at: null })).toBe(0)
    expect(stepsDone({ status: 'packed', packed_at: '2026-11-29T10:00:00Z' })).toBe(2)
    expect(stepsDone({ status: 'shipped', packed_at: '2026-11-29T10:00:00Z' })).toBe(3)
    expect(stepsDone({ status: 'delivered', packed_at: '2026-11-29T10:00:00Z' })).toBe(4)
    expect(stepsDone({ status: 'cancelled', packed_at: null })).toBe(0)
    expect(stepsDone({ status: 'cancelled', packed_at: '2026-11-29T10:00:00Z' })).toBe(2)
  })
})

describe('the step forms check what the server would refuse', () => {
  it('pack: a whole number of packages from 1, a weight above 0 to 4 places', () => {
    expect(packErrors({ packages_count: '3', gross_weight_kg: '41.25' })).toEqual({})
    expect(packErrors({ packages_count: '0', gross_weight_kg: '0' })).toEqual({
      packages_count: 'A whole number of packages, at least 1',
      gross_weight_kg: 'Kilograms, more than 0',
    })
    expect(packErrors({ packages_count: '1.5', gross_weight_kg: 'heavy' }).packages_count).toBe('A whole number of packages, at least 1')
    expect(packErrors({ packages_count: '100001', gross_weight_kg: '1.23456' })).toEqual({
      packages_count: 'At most 100,000 packages',
      gross_weight_kg: 'At most 4 decimal places',
    })
    expect(toPackBody({ packages_count: ' 3 ', gross_weight_kg: ' 41.25 ' })).toEqual({ packages_count: 3, gross_weight_kg: '41.25' })
  })

  it('ship: the carrier is required; blank vehicle and tracking numbers are sent as none', () => {
    expect(shipErrors({ carrier: ' ', vehicle_number: '', tracking_number: '' })).toEqual({ carrier: 'Who carries it' })
    expect(shipErrors({ carrier: 'VRL', vehicle_number: 'x'.repeat(41), tracking_number: 'y'.repeat(81) })).toEqual({
      vehicle_number: 'At most 40 characters',
      tracking_number: 'At most 80 characters',
    })
    expect(toShipBody({ carrier: ' VRL Logistics ', vehicle_number: ' ', tracking_number: 'LR-77 ' })).toEqual({
      carrier: 'VRL Logistics',
      vehicle_number: null,
      tracking_number: 'LR-77',
    })
  })

  it('deliver: who received it is required, the date not after today', () => {
    expect(deliverErrors({ delivered_on: '2026-11-29', received_by: 'Stores' }, '2026-11-29')).toEqual({})
    expect(deliverErrors({ delivered_on: '2026-11-30', received_by: '' }, '2026-11-29')).toEqual({
      delivered_on: 'Not after today',
      received_by: 'Who signed for it',
    })
    expect(toDeliverBody({ delivered_on: null, received_by: ' R. Iyer ' })).toEqual({ delivered_on: null, received_by: 'R. Iyer' })
  })
})
