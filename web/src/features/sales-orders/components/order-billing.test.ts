import { describe, expect, it } from 'vitest'
import type { SalesOrder } from '../api/get-sales-orders'
import { billedBy, bothWaysOpen, invoiceQuantityError, orderBilling, type OrderInvoiceRef } from './order-billing'

type Order = Pick<SalesOrder, 'status' | 'lines' | 'milestones'>
const m = (id: string, planned: string, invoiced = '0.00') => ({ id, planned_amount: planned, invoiced_amount: invoiced })
const l = (id: string, delivered: string, invoiced = '0') => ({ id, quantity_delivered: delivered, quantity_invoiced: invoiced })
const order = (over: Partial<{ status: string; lines: unknown[]; milestones: unknown[] }>) =>
  ({ status: 'confirmed', lines: [l('l1', '0')], milestones: [m('m1', '30000.00'), m('m2', '70000.00')], ...over }) as unknown as Order
const draft = (id: string, milestone: string | null, status = 'draft'): OrderInvoiceRef => ({ id, kind: 'invoice', status, source_milestone_id: milestone })

describe('orderBilling', () => {
  it('offers every milestone with something left once the order is confirmed, and nothing before', () => {
    const billing = orderBilling(order({ milestones: [m('m1', '30000.00', '30000.00'), m('m2', '70000.00')] }), [], true)
    expect(billing.milestones).toEqual({ m1: null, m2: { kind: 'invoice' } })
    expect(billing.quantities).toBeNull()
    for (const status of ['draft', 'credit_hold', 'cancelled']) {
      expect(orderBilling(order({ status }), [], true).milestones).toEqual({})
    }
    expect(orderBilling(order({ status: 'closed' }), [], true).milestones.m1).toEqual({ kind: 'invoice' })
  })

  it('offers nothing to those who do not bill, or before the order\'s invoices are known', () => {
    expect(orderBilling(order({}), [], false)).toEqual({ milestones: {}, quantities: null })
    expect(orderBilling(order({}), undefined, true)).toEqual({ milestones: {}, quantities: null })
  })

  it('offers delivered quantities not invoiced; both ways stay open until one is used', () => {
    const delivered = order({ status: 'delivered', lines: [l('l1', '4'), l('l2', '2.5')] })
    const billing = orderBilling(delivered, [], true)
    expect(billing.quantities).toEqual({ kind: 'invoice' })
    expect(bothWaysOpen(billing)).toBe(true)
    expect(orderBilling(order({ status: 'delivered', lines: [l('l1', '4', '4')] }), [], true).quantities).toBeNull()
  })

  it('bills an order one way only: an issued milestone closes the quantities, an invoiced quantity the milestones', () => {
    const byMilestone = orderBilling(order({ status: 'delivered', lines: [l('l1', '4')], milestones: [m('m1', '30000.00', '30000.00'), m('m2', '70000.00')] }), [], true)
    expect(byMilestone.quantities).toBeNull()
    expect(byMilestone.milestones.m2).toEqual({ kind: 'invoice' })
    expect(bothWaysOpen(byMilestone)).toBe(false)
    const byQuantity = orderBilling(order({ status: 'partially_delivered', lines: [l('l1', '4', '1')] }), [], true)
    expect(byQuantity.milestones).toEqual({ m1: null, m2: null })
    expect(byQuantity.quantities).toEqual({ kind: 'invoice' })
  })

  it('offers a draft waiting to be issued instead of a second invoice, and it decides the way', () => {
    const delivered = order({ status: 'delivered', lines: [l('l1', '4')] })
    const milestoneDraft = orderBilling(delivered, [draft('inv1', 'm1'), draft('inv0', 'm2', 'cancelled')], true)
    expect(milestoneDraft.milestones).toEqual({ m1: { kind: 'draft', invoiceId: 'inv1' }, m2: { kind: 'invoice' } })
    expect(milestoneDraft.quantities).toBeNull()
    const quantityDraft = orderBilling(delivered, [draft('inv2', null)], true)
    expect(quantityDraft.quantities).toEqual({ kind: 'draft', invoiceId: 'inv2' })
    expect(quantityDraft.milestones).toEqual({ m1: null, m2: null })
    // A credit note is not a draft of the order's.
    expect(orderBilling(delivered, [{ ...draft('cn1', null), kind: 'credit_note' }], true).quantities).toEqual({ kind: 'invoice' })
  })
})

describe('billedBy', () => {
  it('is the way the issued invoices took, or none yet', () => {
    expect(billedBy(order({}))).toBeNull()
    expect(billedBy(order({ lines: [l('l1', '4', '0.5')] }))).toBe('quantities')
    expect(billedBy(order({ milestones: [m('m1', '30000.00', '0.01')] }))).toBe('milestones')
  })
})

describe('invoiceQuantityError', () => {
  it('takes 0 up to what is left, to 4 places', () => {
    expect(invoiceQuantityError('', '4')).toBeNull()
    expect(invoiceQuantityError('0', '4')).toBeNull()
    expect(invoiceQuantityError('3.5', '4')).toBeNull()
    expect(invoiceQuantityError('4.0001', '4')).toBe('At most 4 (delivered, not invoiced)')
    expect(invoiceQuantityError('-1', '4')).toBe('A quantity, 0 or more')
    expect(invoiceQuantityError('two', '4')).toBe('A quantity, 0 or more')
    expect(invoiceQuantityError('1.23456', '4')).toBe('At most 4 decimal places')
  })
})
