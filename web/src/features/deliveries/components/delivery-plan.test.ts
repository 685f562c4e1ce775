import { describe, expect, it } from 'vitest'
import type { DeliverableOrder, Delivery } from '../api/deliveries'
import { beyondReservation, errorsToRows, planLines, quantityError, toDeliveryLines } from './delivery-plan'

type Line = DeliverableOrder['lines'][number]

const line = (id: string, position: number, quantity: string, extra: Partial<Line> = {}) =>
  ({ id, position, description: `Item ${id}`, unit: 'nos', quantity, quantity_delivered: '0', quantity_reserved: '0', quantity_waiting: '0', ...extra }) as Line

const delivery = (status: Delivery['status'], lines: [string, string, boolean?][]) =>
  ({ status, lines: lines.map(([sales_order_line_id, quantity, is_goods = true]) => ({ sales_order_line_id, quantity, is_goods })) }) as Delivery

describe('planning a delivery from the order', () => {
  it('proposes what is reserved of what is still owed; a waiting line only what has arrived', () => {
    const order = {
      lines: [
        line('b', 2, '10.0000', { quantity_reserved: '6.0000', quantity_waiting: '4.0000' }),
        line('a', 1, '5.0000', { quantity_reserved: '5.0000' }),
      ],
    }
    const plans = planLines(order, [])
    expect(plans.map((p) => [p.line.id, p.owed, p.reservedFree, p.proposed])).toEqual([
      ['a', '5', '5', '5'],
      ['b', '10', '6', '6'],
    ])
  })

  it('takes away what open deliveries hold; shipped ones have already left the reservation', () => {
    // Ordered 10, 2 delivered; 3 packed (still reserved), 1 shipped (consumed): 4 reserved remain.
    const order = { lines: [line('a', 1, '10', { quantity_delivered: '2', quantity_reserved: '7' })] }
    const deliveries = [delivery('packed', [['a', '3']]), delivery('shipped', [['a', '1']]), delivery('cancelled', [['a', '5']]), delivery('delivered', [['a', '2']])]
    const [plan] = planLines(order, deliveries)
    expect(plan).toMatchObject({ owed: '4', onDeliveries: '4', reservedFree: '4', proposed: '4', holdsStock: true })
  })

  it('proposes all that is owed on a line that keeps no stock (a service)', () => {
    const order = { lines: [line('s', 1, '1', {})] }
    expect(planLines(order, [])[0]).toMatchObject({ holdsStock: false, owed: '1', proposed: '1' })
    // A goods line all shipped keeps no reservation, and owes nothing more.
    const shipped = { lines: [line('g', 1, '3')] }
    expect(planLines(shipped, [delivery('shipped', [['g', '3']])])[0]).toMatchObject({ holdsStock: true, owed: '0', proposed: '0' })
  })

  it('allows 0 to what is owed, and warns above what is reserved', () => {
    const plan = { owed: '4', holdsStock: true, reservedFree: '2' }
    expect(quantityError('', plan)).toBeNull()
    expect(quantityError('0', plan)).toBeNull()
    expect(quantityError('4', plan)).toBeNull()
    expect(quantityError('4.5', plan)).toBe('At most 4 (still to deliver)')
    expect(quantityError('-1', plan)).toBe('A quantity, 0 or more')
    expect(quantityError('1.00001', plan)).toBe('At most 4 decimal places')
    expect(beyondReservation('2', plan)).toBe(false)
    expect(beyondReservation('3', plan)).toBe(true)
    expect(beyondReservation('3', { ...plan, holdsStock: false })).toBe(false)
  })

  it('sends only lines with a quantity, and puts a refused line back at its row', () => {
    const plans = planLines({ lines: [line('a', 1, '5', { quantity_reserved: '5' }), line('b', 2, '3', { quantity_reserved: '3' })] }, [])
    const { lines, rows } = toDeliveryLines(plans, ['0', '2'])
    expect(lines).toEqual([{ sales_order_line_id: 'b', quantity: '2' }])
    expect(rows).toEqual([1])
    expect(errorsToRows({ 'lines.0.quantity': 'at most 1 is still to deliver on this line', sales_order_id: 'the order has no warehouse' }, rows)).toEqual({
      atRows: { 'quantities.1': 'at most 1 is still to deliver on this line' },
      elsewhere: ['The order: the order has no warehouse'],
    })
  })
})
