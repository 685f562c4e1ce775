import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { dashboard } from './dashboard.test-data'
import { SalesReportPage } from './sales-report-page'

afterEach(() => vi.restoreAllMocks())

const row = (start: string, end: string, orders: number, value: string, invoiced: string) => ({
  currency: 'INR',
  orders,
  order_value: value,
  quantity: '12',
  average_deal_size: '50000.00',
  invoiced_revenue: invoiced,
  won: 2,
  lost: 1,
  win_rate: '66.7',
  period_start: start,
  period_end: end,
  key: null,
  label: null,
})
const report = {
  interval: 'month',
  dimension: 'none',
  window: { start: '2026-10-01', end: '2026-11-30' },
  previous_window: { start: '2026-08-01', end: '2026-09-30' },
  periods: [
    { start: '2026-10-01', end: '2026-10-31' },
    { start: '2026-11-01', end: '2026-11-30' },
  ],
  rows: [row('2026-10-01', '2026-10-31', 4, '200000.00', '150000.00'), row('2026-11-01', '2026-11-30', 7, '845000.00', '610000.00')],
  totals: [],
  summary: dashboard.sales,
}

function mockApi() {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (url.pathname === '/api/v1/reports/sales') {
      sent.push(request)
      if (url.searchParams.get('format') === 'csv') return new Response('period,orders\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="sales.csv"' } })
      return json(report)
    }
    if (url.pathname === '/api/v1/territories' || url.pathname === '/api/v1/teams') return json([])
    if (url.pathname === '/api/v1/users') return json({ items: [], next_cursor: null })
    return json({ detail: `unexpected ${url.pathname}` }, 404)
  })
  tokenStore.set({ accessToken: 'token-a', refreshToken: 'r' })
  return sent
}

describe('the sales report', () => {
  it('shows each period with its figures and the summary against the window before', async () => {
    mockApi()
    renderWithApp(<SalesReportPage canPickPeople />, { route: '/reports/sales' })
    const table = await screen.findByRole('table', { name: 'Sales by period' })
    expect(within(table).getByRole('row', { name: /Nov 2026/ })).toHaveTextContent(/7.*₹8,45,000\.00.*12.*₹50,000\.00.*₹6,10,000\.00.*2.*1.*66\.7%/)
    expect(within(table).getByRole('row', { name: /Oct 2026/ })).toHaveTextContent('₹2,00,000.00')
    const summary = screen.getByRole('region', { name: 'Summary' })
    expect(within(summary).getByTestId('figure-Order value')).toHaveTextContent('₹8,45,000.00')
    expect(within(summary).getByText('+20.7%')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /Bar chart of order value and invoiced revenue per month/ })).toBeInTheDocument()
  })

  it('sends the filters from the URL', async () => {
    const sent = mockApi()
    renderWithApp(<SalesReportPage canPickPeople />, { route: '/reports/sales?from=2026-04-01&to=2026-11-30&interval=quarter&dimension=territory' })
    await screen.findByRole('table', { name: 'Sales by period' })
    const query = new URL(sent[0]!.url).searchParams
    expect([query.get('from'), query.get('to'), query.get('interval'), query.get('dimension')]).toEqual(['2026-04-01', '2026-11-30', 'quarter', 'territory'])
  })

  it('downloads the CSV with the bearer token', async () => {
    const sent = mockApi()
    const created = vi.fn(() => 'blob:sales')
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() })
    onTestFinished(() => {
      Object.assign(URL, original)
    })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    renderWithApp(<SalesReportPage canPickPeople />, { route: '/reports/sales?interval=week' })
    await screen.findByRole('table', { name: 'Sales by period' })
    await userEvent.click(screen.getByRole('button', { name: 'Download' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]!.download).toBe('sales.csv')
    const download = sent.find((r) => new URL(r.url).searchParams.get('format') === 'csv')!
    expect(new URL(download.url).searchParams.get('interval')).toBe('week')
    expect(download.headers.get('Authorization')).toBe('Bearer token-a')
  })

  it('offers no team or seller to an engineer, whose report is their own', async () => {
    mockApi()
    renderWithApp(<SalesReportPage canPickPeople={false} />, { route: '/reports/sales' })
    await screen.findByRole('table', { name: 'Sales by period' })
    expect(screen.queryByRole('textbox', { name: 'Seller' })).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Team' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Territory' })).toBeInTheDocument()
  })
})
