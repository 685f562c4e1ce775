import { describe, expect, it } from 'vitest'
import { salesOrderActions } from './sales-order-action-rules'

type Order = Parameters<typeof salesOrderActions>[0]
const line = (delivered = '0', invoiced = '0') => ({ quantity_delivered: delivered, quantity_invoiced: invoiced })
const order = (status: string, lines = [line()], milestones = [{ invoiced_amount: '0.00' }]) => ({ status, lines, milestones }) as unknown as Order

describe('the actions an order page offers', () => {
  it('follows the status: a draft is edited and confirmed, a delivered order closed', () => {
    expect(salesOrderActions(order('draft'), true)).toEqual(['edit', 'milestones', 'confirm', 'cancel'])
    expect(salesOrderActions(order('confirmed'), true)).toEqual(['milestones', 'cancel'])
    expect(salesOrderActions(order('partially_delivered', [line('1')]), true)).toEqual([])
    expect(salesOrderActions(order('delivered', [line('1')]), true)).toEqual(['close'])
    expect(salesOrderActions(order('closed'), true)).toEqual([])
    expect(salesOrderActions(order('cancelled'), true)).toEqual([])
  })

  it('does not confirm a draft without lines', () => {
    expect(salesOrderActions(order('draft', []), true)).toEqual(['edit', 'milestones', 'cancel'])
  })

  it('locks the milestones and the cancel once anything is invoiced', () => {
    expect(salesOrderActions(order('confirmed', [line()], [{ invoiced_amount: '100.00' }]), true)).toEqual([])
    expect(salesOrderActions(order('confirmed', [line('0', '1')]), true)).toEqual([])
  })

  it('offers a head the credit approval of an order on credit hold, and no one else', () => {
    expect(salesOrderActions(order('credit_hold'), true, true)).toEqual(['approve_credit', 'cancel'])
    expect(salesOrderActions(order('credit_hold'), true, false)).toEqual(['cancel'])
  })

  it('offers nothing to a reader', () => {
    expect(salesOrderActions(order('draft'), false)).toEqual([])
  })
})
