import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { ReportPage } from '../components/report-page'
import { receivablesReport } from './receivables'
import { forecastReport } from './forecast'
import { errorSentence, revenueForecastReport, seriesTitle } from './revenue-forecast'

afterEach(() => vi.restoreAllMocks())

function mockApi(path: string, body: unknown) {
  const sent: URL[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL((input as Request).url)
    if (url.pathname === path) {
      sent.push(url)
      return json(body)
    }
    if (url.pathname === '/api/v1/territories' || url.pathname === '/api/v1/teams') return json([])
    if (url.pathname === '/api/v1/users') return json({ items: [], next_cursor: null })
    return json({ detail: `unexpected ${url.pathname}` }, 404)
  })
  tokenStore.set({ accessToken: 'token-a', refreshToken: 'r' })
  return sent
}

const aging = (key: string | null, label: string | null, open: string) => ({
  key,
  label,
  currency: 'INR',
  invoices: 3,
  current: '1000.00',
  days_1_30: '250000.50',
  days_31_60: '0.00',
  days_61_90: '0.00',
  over_90: '12.345',
  overdue_total: '250012.85',
  total_open: open,
})
const plan = (start: string | null, planned: string, collected: string, rate: string | null) => ({
  period_start: start,
  period_end: start ? start.replace(/01$/, '30') : null,
  key: null,
  label: null,
  currency: 'INR',
  milestones: 2,
  planned,
  invoiced: planned,
  collected,
  outstanding: '100.00',
  due_uncollected: '100.00',
  collection_rate: rate,
})
const receivables = {
  as_of: '2026-11-30',
  interval: 'month',
  dimension: 'territory',
  window: { start: '2026-10-01', end: '2026-11-30' },
  periods: [
    { start: '2026-10-01', end: '2026-10-31' },
    { start: '2026-11-01', end: '2026-11-30' },
  ],
  aging: [aging('t-1', 'North', '251012.85')],
  aging_totals: [aging(null, null, '251012.85')],
  plan: [plan('2026-11-01', '500000.00', '400000.00', '80.0'), plan(null, '1000.00', '0.00', '0.0')],
  plan_totals: [plan(null, '501000.00', '400000.00', '79.8')],
}

describe('the receivables report', () => {
  it('shows the aging per territory and the plan per period, undated milestones and the whole window last', async () => {
    const sent = mockApi('/api/v1/reports/receivables', receivables)
    renderWithApp(<ReportPage definition={receivablesReport} canPickPeople />, { route: '/reports/receivables?dimension=territory' })
    const agingTable = await screen.findByRole('table', { name: 'Aging' })
    expect(new URL(sent[0]!).searchParams.get('dimension')).toBe('territory')
    expect(within(agingTable).getByRole('columnheader', { name: 'Territory' })).toBeInTheDocument()
    // Exact decimals, rounded half-up to paise: 12.345 is ₹12.35.
    expect(within(agingTable).getByRole('row', { name: /North/ })).toHaveTextContent(/3.*₹1,000\.00.*₹2,50,000\.50.*₹0\.00.*₹0\.00.*₹12\.35.*₹2,50,012\.85.*₹2,51,012\.85/)
    const planTable = screen.getByRole('table', { name: 'Collection against plan' })
    const rows = within(planTable).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.firstChild?.textContent)).toEqual(['Nov 2026', 'Not yet dated', 'Whole window'])
    expect(rows[0]).toHaveTextContent(/₹5,00,000\.00.*₹4,00,000\.00.*80\.0%/)
    expect(rows[2]).toHaveTextContent('₹5,01,000.00')
    expect(screen.getByRole('img', { name: /open receivables by days past due in INR/ })).toBeInTheDocument()
    expect(screen.getByText(/as of 30 Nov 2026/)).toBeInTheDocument()
  })
})

const series = (held: boolean) => ({
  key: 't-1',
  label: 'North',
  currency: 'INR',
  method: 'holt',
  history: [
    { month: '2026-09-01', value: '100000.00' },
    { month: '2026-10-01', value: '120000.00' },
  ],
  forecast: [{ month: '2026-11-01', value: '130000.00', low: '90000.00', high: '170000.555' }],
  held_out: held ? { months: 3, mape: '12.5', rmse: '15000.00' } : null,
})

describe('the revenue forecast', () => {
  it('draws each territory’s history and forecast with its band, and says what the held-out error means', async () => {
    const sent = mockApi('/api/v1/reports/revenue-forecast', { history: { start: '2024-11-01', end: '2026-10-31' }, series: [series(true)] })
    renderWithApp(<ReportPage definition={revenueForecastReport} canPickPeople />, { route: '/reports/revenue-forecast' })
    const card = await screen.findByRole('region', { name: 'North' })
    expect(new URL(sent[0]!).searchParams.get('dimension')).toBeNull()
    expect(within(card).getByRole('img', { name: /Line chart of booked revenue and its forecast with a shaded likely range for North/ })).toBeInTheDocument()
    expect(within(card).getByText('MAPE 12.5% · RMSE ₹15,000.00')).toBeInTheDocument()
    expect(within(card).getByText(/off by 12\.5% on average \(MAPE\).*₹15,000\.00 a month \(RMSE\)/)).toBeInTheDocument()
    expect(within(card).getByRole('row', { name: /Nov 2026/ })).toHaveTextContent(/₹1,30,000\.00.*₹90,000\.00.*₹1,70,000\.56/)
    expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument() // CSV and XLSX: history, then forecast
  })

  it('says when the history is too short to measure the error', () => {
    expect(errorSentence(series(false))).toMatch(/too short to measure/)
  })

  it('names the line of customers without a territory as such, and the one line of everyone as everyone', () => {
    const unplaced = { ...series(true), key: null, label: null }
    expect(seriesTitle(unplaced, undefined)).toBe('No territory')
    expect(seriesTitle(unplaced, 'territory')).toBe('No territory')
    expect(seriesTitle(unplaced, 'engineer')).toBe('No engineer')
    expect(seriesTitle(unplaced, 'none')).toBe('Everyone')
    expect(seriesTitle({ ...series(true), currency: 'USD' }, 'territory')).toBe('North (USD)')
  })
})

const figures = (won: string, commit: string) => ({ currency: 'INR', won_deals: 1, won, open_deals: 2, pipeline: '500000.00', commit, best_case: '900000.00', weighted: '612500.50' })

describe('the pipeline forecast', () => {
  it('names the calendar quarters the window clips and shows won, commit, weighted and best case', async () => {
    mockApi('/api/v1/reports/forecast', {
      window: { start: '2026-11-01', end: '2027-04-30' },
      commit_probability: 70,
      periods: [
        { ...figures('400000.00', '650000.00'), period_start: '2026-11-01', key: null, label: null },
        { ...figures('0.00', '100000.00'), period_start: '2027-01-01', key: null, label: null },
        { ...figures('0.00', '0.00'), period_start: '2027-04-01', key: null, label: null },
      ],
      totals: [figures('400000.00', '750000.00')],
    })
    renderWithApp(<ReportPage definition={forecastReport} canPickPeople />, { route: '/reports/forecast?interval=quarter' })
    const table = await screen.findByRole('table', { name: 'Forecast per period' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.firstChild?.textContent)).toEqual(['Nov–Dec 2026', 'Jan–Mar 2027', 'Apr 2027'])
    expect(rows[0]).toHaveTextContent(/₹4,00,000\.00.*₹5,00,000\.00.*₹6,50,000\.00.*₹6,12,500\.50.*₹9,00,000\.00/)
    expect(within(screen.getByRole('region', { name: 'Over the window' })).getByTestId('figure-Commit')).toHaveTextContent('₹7,50,000.00')
    expect(screen.getByText(/at least 70 % likely/)).toBeInTheDocument()
  })
})
