import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { Component as ApprovalsPage } from './approvals'

afterEach(() => vi.restoreAllMocks())

const stamp = { created_at: '2026-11-26T09:00:00Z', updated_at: '2026-11-26T09:00:00Z', version: 2 }
const head = {
  id: 'h1',
  email: 'head1@example.com',
  full_name: 'Harpreet Singh',
  phone: null,
  role: 'sales_head',
  team_id: 't1',
  is_active: true,
  territories: [],
  permissions: ['quotes:read', 'quotes:approve', 'sales_orders:read', 'sales_orders:write', 'field:read', 'expenses:approve', 'users:read'],
  ...stamp,
}
const people = [
  { ...head, id: 'e1', full_name: 'Arun Kumar', role: 'sales_engineer' },
  { ...head, id: 'e2', full_name: 'Bhavna Shah', role: 'sales_engineer' },
]
const quote = {
  id: 'q1',
  display_number: 'Q/2026-27/00007',
  customer_name: 'Acme Pumps',
  owner_id: 'e1',
  max_discount_percent: '18.0000',
  grand_total: '118000.00',
  currency: 'INR',
  submitted_at: '2026-11-26T09:00:00Z',
  ...stamp,
}
const order = { id: 'o1', number: 'SO/2026-27/00034', customer_name: 'Credit Check Traders', owner_id: 'e1', grand_total: '5900.00', currency: 'INR', order_date: '2026-11-29', status: 'credit_hold', ...stamp }
const position = {
  sales_order_id: 'o1',
  currency: 'INR',
  credit_limit: '1000.00',
  is_checked: true,
  is_over_limit: true,
  open_invoices: '0.00',
  open_orders: '0.00',
  this_order: '5900.00',
  exposure: '5900.00',
}
const report = (id: string, title: string, over: number) => ({
  id,
  owner_id: 'e2',
  title,
  period_start: '2026-11-23',
  period_end: '2026-11-25',
  currency: 'INR',
  status: 'submitted',
  submitted_at: '2026-11-26T09:00:00Z',
  decided_at: null,
  decided_by_id: null,
  decision_comment: null,
  reimbursed_on: null,
  reimbursement_reference: null,
  total: '1532.50',
  approved_total: '1532.50',
  line_count: 3,
  over_limit_count: over,
  ...stamp,
})
const page = (items: unknown[], next: string | null = null) => json({ items, next_cursor: next })

/** The API as the head's inbox asks it; `held` lists the orders still on hold. */
function mockApi(held: { current: unknown[] }) {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    sent.push(request)
    const url = new URL(request.url)
    if (url.pathname === '/api/v1/users/me') return json(head)
    if (url.pathname === '/api/v1/users') return page(people)
    if (url.pathname === '/api/v1/discount-limits') return json([{ id: 'd1', role: 'sales_engineer', max_percent: '10.0000', ...stamp }])
    if (url.pathname === '/api/v1/quotes/approvals') return page([quote])
    if (url.pathname === '/api/v1/sales-orders/o1/credit') return json(position)
    if (url.pathname === '/api/v1/sales-orders/o1/confirm') {
      held.current = []
      return json({ ...order, status: 'confirmed', lines: [], milestones: [] })
    }
    if (url.pathname === '/api/v1/sales-orders') return page(held.current)
    if (url.pathname === '/api/v1/expense-reports') return page([report('r1', 'Nashik visits', 1), report('r2', 'Pune trip', 0)], 'next-page')
    return json({ detail: `unexpected ${url.pathname}` }, 404)
  })
  return sent
}

describe('the approvals inbox', () => {
  it("shows a head each section with what waits in it, and why each item waits", async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
    mockApi({ current: [order] })
    renderWithApp(<ApprovalsPage />, { route: '/approvals' })
    expect(await screen.findByTestId('inbox-count-quotes')).toHaveTextContent('1')
    expect(await screen.findByTestId('inbox-count-credit')).toHaveTextContent('1')
    // Two loaded, more to load: counted as "2+".
    expect(await screen.findByTestId('inbox-count-expenses')).toHaveTextContent('2+')
    const quotes = await screen.findByRole('table', { name: 'Quotes waiting for approval' })
    const row = within(quotes).getByRole('row', { name: /Q\/2026-27\/00007/ })
    expect(row).toHaveTextContent('18%')
    expect(await within(row).findByText("author's limit 10%")).toBeInTheDocument()

    await userEvent.click(screen.getByRole('tab', { name: /Expenses/ }))
    const expenses = await screen.findByRole('table', { name: 'Expense reports waiting for approval' })
    expect(within(expenses).getByRole('row', { name: /Nashik visits/ })).toHaveTextContent(/₹1,532\.50.*3 lines.*1 line over the limit/)
    expect(within(expenses).getByRole('row', { name: /Pune trip/ })).toHaveTextContent('within policy')
    expect(screen.getByRole('button', { name: 'Load more reports' })).toBeInTheDocument()
  })

  it('approves the credit of an order on hold in place, and the section counts one fewer', async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
    const sent = mockApi({ current: [order] })
    renderWithApp(<ApprovalsPage />, { route: '/approvals?section=credit' })
    const table = await screen.findByRole('table', { name: 'Orders on credit hold' })
    const row = within(table).getByRole('row', { name: /SO\/2026-27\/00034/ })
    expect(await within(row).findByText('Over by ₹4,900.00')).toBeInTheDocument()
    expect(row).toHaveTextContent('Exposure ₹5,900.00 of limit ₹1,000.00')
    await userEvent.click(within(row).getByRole('button', { name: 'Approve credit for SO/2026-27/00034' }))
    const dialog = await screen.findByRole('dialog', { name: 'Approve credit' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve credit and confirm' }))
    await waitFor(() => expect(screen.getByTestId('inbox-count-credit')).toHaveTextContent('0'))
    expect(await screen.findByText('No order is on credit hold')).toBeInTheDocument()
    const confirm = sent.find((r) => r.url.endsWith('/api/v1/sales-orders/o1/confirm'))!
    expect(await confirm.json()).toEqual({ approve_credit: true })
    expect(confirm.headers.get('Idempotency-Key')).toBeTruthy()
  })
})
