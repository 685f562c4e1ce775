import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { Milestone, SalesOrder } from '../api/get-sales-orders'
import { OrderInvoiceDialog, type InvoiceTarget } from './order-invoice-dialog'

afterEach(() => vi.restoreAllMocks())

type Line = SalesOrder['lines'][number]
const line = (id: string, position: number, description: string, extra: Partial<Line>) =>
  ({ id, position, description, unit: 'nos', quantity: '10', quantity_delivered: '0', quantity_invoiced: '0', unit_price: '1500.00', discount_percent: '0', ...extra }) as Line

const order = {
  id: 'o1',
  number: 'SO/2026-27/00042',
  currency: 'INR',
  lines: [
    line('l1', 1, 'Booster pump 2 HP', { quantity: '10', quantity_delivered: '6', quantity_invoiced: '2' }),
    line('l2', 2, 'Control panel', { quantity: '2', quantity_delivered: '0' }),
    line('l3', 3, 'Installation', { quantity: '1', quantity_delivered: '1', unit_price: '5000.00', discount_percent: '10.00' }),
  ],
} as unknown as SalesOrder

const advance = {
  id: 'm1',
  label: 'Advance',
  trigger: 'on_confirmation',
  due_date: null,
  planned_amount: '30000.00',
  invoiced_amount: '12000.50',
} as unknown as Milestone

const invoice = { id: 'inv9', version: 1, status: 'draft', currency: 'INR', grand_total: '17999.50', tax_total: '2745.69' }

function serve(answer: (request: Request, n: number) => Response) {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    sent.push(input as Request)
    return answer(input as Request, sent.length)
  })
  return sent
}

function open(target: InvoiceTarget, onClose = vi.fn()) {
  renderWithApp(
    <Routes>
      <Route path="/" element={<OrderInvoiceDialog order={order} target={target} onClose={onClose} />} />
      <Route path="/invoices/:id" element={<p>The draft invoice page</p>} />
    </Routes>,
  )
  return onClose
}

const quantityOf = (name: RegExp) => within(screen.getByRole('group', { name })).getByRole('textbox', { name: 'To invoice' })
const create = () => userEvent.click(screen.getByRole('button', { name: 'Create draft invoice' }))

describe('OrderInvoiceDialog for a milestone', () => {
  it("shows what is left of the milestone, sends it with an Idempotency-Key and opens the draft with the server's total", async () => {
    const show = vi.spyOn(notifications, 'show')
    const sent = serve(() => json(invoice, 201, { ETag: '"1"' }))
    const onClose = open({ milestone: advance })
    expect(screen.getByRole('dialog', { name: 'Invoice Advance' })).toBeInTheDocument()
    expect(screen.getByTestId('amount-to-invoice')).toHaveTextContent('₹17,999.50')
    expect(screen.getByRole('group', { name: 'To invoice' })).toHaveTextContent('Planned ₹30,000.00 (on confirmation) · invoiced ₹12,000.50')
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), ' 30% advance against PO 4411 ')
    await create()
    expect(await screen.findByText('The draft invoice page')).toBeInTheDocument()
    expect(onClose).toHaveBeenCalled()
    expect(sent).toHaveLength(1)
    expect(sent[0]!.method).toBe('POST')
    expect(new URL(sent[0]!.url).pathname).toBe('/api/v1/sales-orders/o1/invoices')
    expect(sent[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sent[0]!.json()).toEqual({ milestone_id: 'm1', invoice_date: null, notes: '30% advance against PO 4411' })
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Draft invoice created', message: expect.stringContaining('₹17,999.50 with GST ₹2,745.69') }))
  })

  it("shows the server's refusal in the dialog, and a retry is the same intent (the same key)", async () => {
    const sent = serve((request) =>
      request.url.includes('/invoices')
        ? problem(409, { code: 'sales_orders.billing_mode', title: 'An order is billed either by its milestones or by delivered quantities', detail: 'The order is billed by delivered quantities' })
        : json({}),
    )
    const onClose = open({ milestone: advance })
    await create()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('An order is billed either by its milestones or by delivered quantities: The order is billed by delivered quantities')
    expect(screen.getByRole('dialog', { name: 'Invoice Advance' })).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    await create()
    await waitFor(() => expect(sent.filter((r) => r.url.includes('/invoices'))).toHaveLength(2))
    const [first, second] = sent.filter((r) => r.url.includes('/invoices'))
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'))
  })

  it('shows a 422 naming the invoice date at that field', async () => {
    serve((request) =>
      request.url.includes('/invoices')
        ? problem(422, { code: 'validation_error', errors: [{ loc: ['body', 'invoice_date'], msg: 'not before the order date (1 Apr 2026)', type: 'value_error' }] })
        : json({}),
    )
    open({ milestone: advance })
    await create()
    const date = screen.getByRole('textbox', { name: 'Invoice date' })
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'))
    expect(date).toHaveAccessibleDescription('not before the order date (1 Apr 2026)')
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields')
  })
})

describe('OrderInvoiceDialog for delivered quantities', () => {
  it('proposes each line delivered and not invoiced, and sends only the lines with a quantity', async () => {
    const sent = serve(() => json(invoice, 201, { ETag: '"1"' }))
    open({ delivered: true })
    expect(screen.getByRole('dialog', { name: 'Invoice delivered quantities' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: /^Line 2/ })).not.toBeInTheDocument()
    expect(quantityOf(/^Line 1/)).toHaveValue('4')
    expect(screen.getByRole('group', { name: /^Line 1/ })).toHaveTextContent('delivered 6 of 10 nos · invoiced 2 · at ₹1,500.00')
    expect(quantityOf(/^Line 3/)).toHaveValue('1')
    expect(screen.getByRole('group', { name: /^Line 3/ })).toHaveTextContent('less 10%')
    await userEvent.clear(quantityOf(/^Line 1/))
    await userEvent.type(quantityOf(/^Line 1/), '3')
    await userEvent.clear(quantityOf(/^Line 3/))
    await userEvent.type(quantityOf(/^Line 3/), '0')
    await create()
    expect(await screen.findByText('The draft invoice page')).toBeInTheDocument()
    expect(sent[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sent[0]!.json()).toEqual({ lines: [{ order_line_id: 'l1', quantity: '3' }], invoice_date: null, notes: null })
  })

  it('refuses more than is delivered and not invoiced, and nothing at all, before sending', async () => {
    const sent = serve(() => json({}))
    open({ delivered: true })
    await userEvent.clear(quantityOf(/^Line 1/))
    await userEvent.type(quantityOf(/^Line 1/), '5')
    await create()
    expect(await screen.findByText('At most 4 (delivered, not invoiced)')).toBeInTheDocument()
    expect(quantityOf(/^Line 1/)).toHaveAttribute('aria-invalid', 'true')
    await userEvent.clear(quantityOf(/^Line 1/))
    await userEvent.type(quantityOf(/^Line 1/), '0')
    await userEvent.clear(quantityOf(/^Line 3/))
    await userEvent.type(quantityOf(/^Line 3/), '0')
    await create()
    expect(await screen.findByText('Enter a quantity on at least one line')).toBeInTheDocument()
    expect(sent.filter((r) => r.url.includes('/invoices'))).toHaveLength(0)
  })

  it("shows the server's refusal of a line at that line's row", async () => {
    // Lines 1 and 3 are sent; the server names the second one sent (lines[1]): line 3,
    // billed meanwhile by another invoice.
    serve((request) =>
      request.url.includes('/invoices')
        ? problem(422, {
            code: 'validation_error',
            errors: [{ loc: ['body', 'lines', 1, 'quantity'], msg: 'more than the 0 delivered and not yet invoiced', type: 'too_large' }],
          })
        : json({}),
    )
    open({ delivered: true })
    await create()
    const installation = quantityOf(/^Line 3/)
    await waitFor(() => expect(installation).toHaveAttribute('aria-invalid', 'true'))
    expect(installation).toHaveAccessibleDescription(/more than the 0 delivered and not yet invoiced/)
    expect(quantityOf(/^Line 1/)).not.toHaveAttribute('aria-invalid', 'true')
  })
})
