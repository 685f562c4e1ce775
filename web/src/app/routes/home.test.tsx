import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dashboard } from '@/features/reports/components/dashboard.test-data'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { Component as HomePage } from './home'

afterEach(() => vi.restoreAllMocks())

const me = (permissions: string[]) => ({
  id: 'h1',
  email: 'head1@example.com',
  full_name: 'Harpreet Singh',
  phone: null,
  role: 'sales_head',
  team_id: 't1',
  is_active: true,
  territories: [],
  permissions,
  created_at: '2026-11-01T09:00:00Z',
  updated_at: '2026-11-01T09:00:00Z',
  version: 1,
})
const EVERYTHING = ['reports:read', 'opportunities:read', 'sales_orders:read', 'invoices:read', 'payments:read', 'field:read']

function mockApi(permissions: string[]) {
  const asked: string[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL((input as Request).url)
    asked.push(url.pathname)
    if (url.pathname === '/api/v1/users/me') return json(me(permissions))
    if (url.pathname === '/api/v1/dashboard') return json(dashboard)
    return json({ detail: `unexpected ${url.pathname}` }, 404)
  })
  tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
  return asked
}

describe('the home dashboard', () => {
  it("shows the pipeline, this month's sales against the last, cash, overdue and the field day", async () => {
    mockApi(EVERYTHING)
    renderWithApp(<HomePage />)
    const pipeline = await screen.findByRole('region', { name: 'Open pipeline' })
    expect(within(pipeline).getByTestId('figure-Pipeline')).toHaveTextContent('₹12,50,000.50')
    expect(within(pipeline).getByTestId('figure-Weighted')).toHaveTextContent('₹2,50,000.30')
    expect(within(pipeline).getByRole('row', { name: /Negotiation/ })).toHaveTextContent(/60%.*2.*₹2,50,000\.50.*₹1,50,000\.30/)
    expect(within(pipeline).getByRole('link', { name: 'Open the board' })).toHaveAttribute('href', '/pipeline')

    const sales = screen.getByRole('region', { name: 'Sales this month' })
    expect(within(sales).getByTestId('figure-Orders')).toHaveTextContent('7')
    expect(within(sales).getByText('+2 vs 5')).toBeInTheDocument()
    expect(within(sales).getByTestId('figure-Order value')).toHaveTextContent('₹8,45,000.00')
    expect(within(sales).getByText('+20.7%')).toBeInTheDocument()
    expect(within(sales).getByText('-6.2%')).toBeInTheDocument()
    expect(within(sales).getByTestId('figure-Win rate')).toHaveTextContent('75%')

    const cash = screen.getByRole('region', { name: 'Invoiced and collected' })
    expect(within(cash).getByTestId('figure-Collected')).toHaveTextContent('₹3,59,900.00')
    const overdue = screen.getByRole('region', { name: 'Overdue receivables' })
    expect(within(overdue).getByTestId('figure-Overdue')).toHaveTextContent('₹1,35,000.00')
    expect(within(overdue).getByRole('row', { name: /Over 90 days/ })).toHaveTextContent('₹15,000.00')
    expect(within(overdue).getByRole('link', { name: 'Receivables' })).toHaveAttribute('href', '/receivables')

    const field = screen.getByRole('region', { name: 'Field today' })
    expect(within(field).getByTestId('figure-On duty')).toHaveTextContent('4 of 5')
    expect(within(field).getByTestId('figure-Visits done')).toHaveTextContent('7 of 12')
    expect(within(field).getByTestId('figure-Travelled')).toHaveTextContent('83.5 km')
    expect(within(field).getByTestId('week-visits')).toHaveTextContent('This week (9 Nov 2026 – 15 Nov 2026): 31 visits done of 40 planned, 3 unplanned')
    expect(within(field).getByRole('link', { name: 'Attendance' })).toHaveAttribute('href', '/field/attendance')
  })

  it('shows the targets running today with their attainment', async () => {
    mockApi(EVERYTHING)
    renderWithApp(<HomePage />)
    const list = await screen.findByRole('list', { name: 'Targets running today' })
    const arun = within(list).getByRole('listitem', { name: 'Arun Kumar, Nov 2026' })
    expect(arun).toHaveTextContent('Revenue: ₹4,20,000.00 of ₹5,00,000.00')
    expect(within(arun).getByRole('progressbar', { name: 'Arun Kumar revenue 84%' })).toBeInTheDocument()
    expect(arun).toHaveTextContent('Visits: 12 of 40')
    const west = within(list).getByRole('listitem', { name: 'West, Oct–Dec 2026' })
    expect(west).toHaveTextContent('110%')
    expect(west).not.toHaveTextContent('Visits')
  })

  it('hides the cards whose lists the user may not read', async () => {
    mockApi(['reports:read'])
    renderWithApp(<HomePage />)
    expect(await screen.findByRole('region', { name: 'Targets running today' })).toBeInTheDocument()
    for (const name of ['Open pipeline', 'Sales this month', 'Invoiced and collected', 'Overdue receivables', 'Field today']) {
      expect(screen.queryByRole('region', { name })).not.toBeInTheDocument()
    }
  })

  it('does not ask for the dashboard without reports:read', async () => {
    const asked = mockApi([])
    renderWithApp(<HomePage />)
    expect(await screen.findByRole('heading', { name: /Harpreet/ })).toBeInTheDocument()
    expect(asked).not.toContain('/api/v1/dashboard')
    expect(screen.queryByRole('region', { name: 'Targets running today' })).not.toBeInTheDocument()
  })
})
