import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import { activitiesReport } from '../definitions/activities'
import { ReportPage } from './report-page'

afterEach(() => vi.restoreAllMocks())

const person = (id: string | null, name: string | null, calls: number, km: string | null) => ({
  user_id: id,
  user_name: name,
  team_id: id ? 'team-1' : null,
  team_name: id ? 'North' : null,
  calls,
  emails: 1,
  meetings: 2,
  appointments: 0,
  tasks: 1,
  visits_planned: 10,
  visits_done: 9,
  visits_unplanned: 1,
  flagged_check_ins: 0,
  duty_days: 20,
  odometer_km: km,
  claimed_km: null,
})
const report = {
  window: { start: '2026-01-01', end: '2026-11-30' },
  items: [person('u-1', 'Arun Kumar', 12, '1250.5'), person('u-2', 'Deepa Menon', 3, null)],
  summary: person(null, null, 15, '1250.5'),
}

/** The API as the page sees it: the activities report (or `answer`), and the pickers' lists. */
function mockApi(answer: () => Response = () => json(report)) {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (url.pathname === '/api/v1/reports/activities') {
      sent.push(request)
      const format = url.searchParams.get('format')
      if (format) return new Response('x', { headers: { 'Content-Disposition': `attachment; filename="activities.${format}"` } })
      return answer()
    }
    if (url.pathname === '/api/v1/teams') return json([{ id: 'team-1', name: 'North' }])
    if (url.pathname === '/api/v1/users') return json({ items: [], next_cursor: null })
    return json({ detail: `unexpected ${url.pathname}` }, 404)
  })
  tokenStore.set({ accessToken: 'token-a', refreshToken: 'r' })
  return sent
}

describe('the report frame', () => {
  it('shows the definition’s title, chart and table, with the API’s figures formatted', async () => {
    mockApi()
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople />, { route: '/reports/activities' })
    expect(screen.getByRole('status')).toHaveTextContent('Loading the report…')
    const table = await screen.findByRole('table', { name: 'Activities per person' })
    expect(screen.getByRole('heading', { name: 'Field activity' })).toBeInTheDocument()
    expect(within(table).getByRole('row', { name: /Arun Kumar/ })).toHaveTextContent(/North.*12.*1,250\.5 km/)
    expect(within(table).getByRole('row', { name: /Deepa Menon/ })).toHaveTextContent('—')
    expect(within(table).getByRole('row', { name: /Everyone/ })).toHaveTextContent('15')
    expect(screen.getByRole('img', { name: /Bar chart of calls, meetings and visits/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Reports/ })).toHaveAttribute('href', '/reports')
  })

  it('sends the filters in the URL and puts a changed one back in the URL', async () => {
    const sent = mockApi()
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople />, { route: '/reports/activities?from=2026-04-01&to=2026-06-30' })
    await screen.findByRole('table', { name: 'Activities per person' })
    expect(Object.fromEntries(new URL(sent[0]!.url).searchParams)).toEqual({ from: '2026-04-01', to: '2026-06-30' })
    await userEvent.click(screen.getByRole('textbox', { name: 'Team' }))
    await userEvent.click(await screen.findByRole('option', { name: 'North' }))
    await waitFor(() => expect(new URL(sent.at(-1)!.url).searchParams.get('team_id')).toBe('team-1'))
    expect(new URL(sent.at(-1)!.url).searchParams.get('from')).toBe('2026-04-01')
  })

  it('offers an engineer no team or person, and sends none left in a shared address', async () => {
    const sent = mockApi()
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople={false} />, { route: '/reports/activities?team_id=team-1&engineer_id=u-2' })
    await screen.findByRole('table', { name: 'Activities per person' })
    const filters = screen.getByRole('group', { name: 'Filters' })
    expect(within(filters).queryByRole('textbox', { name: 'Team' })).not.toBeInTheDocument()
    expect(within(filters).queryByRole('textbox', { name: 'Person' })).not.toBeInTheDocument()
    expect(within(filters).getByRole('textbox', { name: 'From' })).toBeInTheDocument()
    expect([...new URL(sent[0]!.url).searchParams.keys()]).toEqual([])
  })

  it('says so when the report is empty', async () => {
    mockApi(() => json({ ...report, items: [] }))
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople />, { route: '/reports/activities' })
    expect(await screen.findByText('Nobody to report on')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('names the filter the API refused, with its reason', async () => {
    const refusal = { loc: ['query', 'from'], msg: 'the window may cover at most 1100 days', type: 'value_error' }
    mockApi(() => problem(422, { title: 'Invalid', code: 'validation_error', errors: [refusal] }))
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople />, { route: '/reports/activities?from=2020-01-01' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The report cannot be drawn for these filters')
    expect(alert).toHaveTextContent('From: the window may cover at most 1100 days')
  })

  it('offers to try again after a failure', async () => {
    let calls = 0
    mockApi(() => (++calls === 1 ? problem(503, { title: 'Service unavailable', code: 'unavailable' }) : json(report)))
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople />, { route: '/reports/activities' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: 'Activities per person' })).toBeInTheDocument()
  })

  it('downloads the XLSX of the filtered report with the bearer token', async () => {
    const sent = mockApi()
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() })
    onTestFinished(() => {
      Object.assign(URL, original)
    })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    renderWithApp(<ReportPage definition={activitiesReport} canPickPeople />, { route: '/reports/activities?team_id=team-1' })
    await screen.findByRole('table', { name: 'Activities per person' })
    await userEvent.click(screen.getByRole('button', { name: 'Download' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Excel (XLSX)' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]!.download).toBe('activities.xlsx')
    const download = sent.find((r) => new URL(r.url).searchParams.get('format') === 'xlsx')!
    expect(new URL(download.url).searchParams.get('team_id')).toBe('team-1')
    expect(download.headers.get('Authorization')).toBe('Bearer token-a')
  })
})
