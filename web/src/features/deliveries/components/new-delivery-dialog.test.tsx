import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { DeliverableOrder, Delivery } from '../api/deliveries'
import { NewDeliveryDialog } from './new-delivery-dialog'

afterEach(() => vi.restoreAllMocks())

type Line = DeliverableOrder['lines'][number]
const line = (id: string, position: number, description: string, extra: Partial<Line>) =>
  ({ id, position, description, unit: 'nos', quantity: '10', quantity_delivered: '0', quantity_reserved: '0', quantity_waiting: '0', ...extra }) as Line

const order = {
  id: 'o1',
  number: 'SO/2026-27/00077',
  status: 'confirmed',
  lines: [
    line('l1', 1, 'Booster pump 2 HP', { quantity: '10', quantity_reserved: '6', quantity_waiting: '4' }),
    line('l2', 2, 'Control panel', { quantity: '2', quantity_reserved: '2' }),
  ],
} as unknown as DeliverableOrder

function serve(answer: (request: Request) => Response) {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    sent.push(input as Request)
    return answer(input as Request)
  })
  return sent
}

const quantityOf = (name: RegExp) => within(screen.getByRole('group', { name })).getByRole('textbox', { name: 'To deliver' })

describe('NewDeliveryDialog', () => {
  it('proposes the reserved part of each line and sends only the lines with a quantity', async () => {
    const sent = serve(() => json({ id: 'd9', number: 'DO/2026-27/00009', version: 1, status: 'picking', lines: [] }, 201, { ETag: '"1"' }))
    const onClose = vi.fn()
    renderWithApp(<NewDeliveryDialog order={order} deliveries={[]} onClose={onClose} />)
    expect(quantityOf(/^Line 1/)).toHaveValue('6')
    expect(quantityOf(/^Line 2/)).toHaveValue('2')
    expect(screen.getByRole('group', { name: /^Line 1/ })).toHaveTextContent('waiting for stock 4')
    await userEvent.clear(quantityOf(/^Line 2/))
    await userEvent.type(quantityOf(/^Line 2/), '0')
    await userEvent.click(screen.getByRole('button', { name: 'Create delivery' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sent[0]!.json()).toEqual({ sales_order_id: 'o1', lines: [{ sales_order_line_id: 'l1', quantity: '6' }], notes: null })
  })

  it('refuses more than the line owes, and nothing at all, before sending; warns above the reservation', async () => {
    const sent = serve(() => json({}))
    renderWithApp(<NewDeliveryDialog order={order} deliveries={[]} onClose={() => undefined} />)
    await userEvent.clear(quantityOf(/^Line 1/))
    await userEvent.type(quantityOf(/^Line 1/), '8')
    expect(screen.getByText(/More than the 6 reserved for this line/)).toBeInTheDocument()
    await userEvent.clear(quantityOf(/^Line 1/))
    await userEvent.type(quantityOf(/^Line 1/), '11')
    await userEvent.click(screen.getByRole('button', { name: 'Create delivery' }))
    expect(await screen.findByText('At most 10 (still to deliver)')).toBeInTheDocument()
    await userEvent.clear(quantityOf(/^Line 1/))
    await userEvent.type(quantityOf(/^Line 1/), '0')
    await userEvent.clear(quantityOf(/^Line 2/))
    await userEvent.type(quantityOf(/^Line 2/), '0')
    await userEvent.click(screen.getByRole('button', { name: 'Create delivery' }))
    expect(await screen.findByText('Enter a quantity on at least one line')).toBeInTheDocument()
    expect(sent).toHaveLength(0)
  })

  it("shows the server's refusal of a line at that line's row", async () => {
    // Someone else's delivery took 1 of the panels meanwhile: the second line sent is refused.
    serve(() =>
      problem(422, {
        code: 'validation_error',
        errors: [{ loc: ['body', 'lines[1].quantity'], msg: 'at most 1 is still to deliver on this line', type: 'beyond_outstanding' }],
      }),
    )
    renderWithApp(<NewDeliveryDialog order={order} deliveries={[]} onClose={() => undefined} />)
    await userEvent.click(screen.getByRole('button', { name: 'Create delivery' }))
    const panels = quantityOf(/^Line 2/)
    await waitFor(() => expect(panels).toHaveAttribute('aria-invalid', 'true'))
    expect(panels).toHaveAccessibleDescription(/at most 1 is still to deliver on this line/)
    expect(quantityOf(/^Line 1/)).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('counts what open deliveries already hold', () => {
    serve(() => json({}))
    const packed = { status: 'packed', lines: [{ sales_order_line_id: 'l2', quantity: '2', is_goods: true }] } as unknown as Delivery
    renderWithApp(<NewDeliveryDialog order={order} deliveries={[packed]} onClose={() => undefined} />)
    expect(quantityOf(/^Line 2/)).toHaveValue('0')
    expect(quantityOf(/^Line 2/)).toBeDisabled()
    expect(screen.getByRole('group', { name: /^Line 2/ })).toHaveTextContent('Nothing left')
  })
})
