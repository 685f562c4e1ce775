import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import { TargetsPage } from './targets-page'

afterEach(() => vi.restoreAllMocks())

const stamp = { created_at: '2026-11-01T09:00:00Z', updated_at: '2026-11-01T09:00:00Z', version: 3 }
const target = {
  id: 'tg1',
  ...stamp,
  subject: 'engineer',
  engineer_id: 'e1',
  team_id: null,
  territory_id: null,
  subject_name: 'Arun Kumar',
  period: 'month',
  period_start: '2026-11-01',
  period_end: '2026-11-30',
  currency: 'INR',
  revenue: '500000.00',
  quantity: null,
  visits: 40,
  notes: null,
  revenue_actual: '420000.00',
  revenue_percent: '84',
  quantity_actual: null,
  quantity_percent: null,
  visits_actual: 12,
  visits_percent: '30',
}
const territoryTarget = { ...target, id: 'tg2', subject: 'territory', engineer_id: null, territory_id: 'r1', subject_name: 'Mumbai', period: 'fiscal_year', period_start: '2026-04-01', period_end: '2027-03-31', revenue: '9000000.00', revenue_actual: '4500000.00', revenue_percent: '50', visits: null, visits_actual: null, visits_percent: null }
const me = (permissions: string[]) => ({ id: 'h1', email: 'h@example.com', full_name: 'Harpreet Singh', phone: null, role: 'sales_head', team_id: 't1', is_active: true, territories: [], permissions, ...stamp })
const person = { id: 'e1', email: 'e1@example.com', full_name: 'Arun Kumar', phone: null, role: 'sales_engineer', team_id: 't1', is_active: true, territories: [], permissions: [], ...stamp }

function mockApi(permissions: string[], answer?: (request: Request) => Response) {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (request.method !== 'GET') {
      sent.push(request)
      return answer ? answer(request) : json(target, 201)
    }
    if (url.pathname === '/api/v1/users/me') return json(me(permissions))
    if (url.pathname === '/api/v1/targets') {
      sent.push(request)
      return json({ items: [target, territoryTarget], next_cursor: 'more' })
    }
    if (url.pathname === '/api/v1/users') return json({ items: [person], next_cursor: null })
    if (url.pathname === '/api/v1/teams') return json([{ id: 't1', version: 1, name: 'West', head_id: 'h1' }])
    if (url.pathname === '/api/v1/territories') return json([{ id: 'r1', version: 1, name: 'Mumbai', region: 'West' }])
    return json({ detail: `unexpected ${url.pathname}` }, 404)
  })
  tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
  return sent
}

describe('the targets page', () => {
  it('lists each target with its attainment, and loads more', async () => {
    mockApi(['reports:read', 'targets:manage'])
    renderWithApp(<TargetsPage />, { route: '/targets' })
    const table = await screen.findByRole('table', { name: 'Targets' })
    const arun = within(table).getByRole('row', { name: /Arun Kumar/ })
    expect(arun).toHaveTextContent(/Nov 2026.*Booked: ₹4,20,000\.00 of ₹5,00,000\.00.*84%/)
    expect(arun).toHaveTextContent(/Done: 12 of 40.*30%/)
    expect(within(arun).getByRole('progressbar', { name: 'Arun Kumar booked 84%' })).toBeInTheDocument()
    const mumbai = within(table).getByRole('row', { name: /Mumbai/ })
    expect(mumbai).toHaveTextContent(/FY 2026-27.*₹45,00,000\.00 of ₹90,00,000\.00.*50%/)
    expect(screen.getByRole('button', { name: 'Load more targets' })).toBeInTheDocument()
  })

  it('sends the filters from the URL', async () => {
    const sent = mockApi(['reports:read'])
    renderWithApp(<TargetsPage />, { route: '/targets?period=quarter&subject=team&on=2026-11-15' })
    await screen.findByRole('table', { name: 'Targets' })
    const url = new URL(sent[0]!.url)
    expect(url.searchParams.get('period')).toBe('quarter')
    expect(url.searchParams.get('subject')).toBe('team')
    expect(url.searchParams.get('on')).toBe('2026-11-15')
  })

  it('offers no create, edit or delete without targets:manage', async () => {
    mockApi(['reports:read'])
    renderWithApp(<TargetsPage />, { route: '/targets' })
    await screen.findByRole('table', { name: 'Targets' })
    expect(screen.queryByRole('button', { name: 'New target' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Edit the target/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Delete the target/ })).not.toBeInTheDocument()
  })

  it("shows the API's refusal at the field it names", async () => {
    const sent = mockApi(['reports:read', 'targets:manage'], () =>
      problem(422, { code: 'validation_error', title: 'Validation failed', errors: [{ loc: ['body', 'period_start'], msg: 'the fiscal year starts in month 4', type: 'period_misaligned' }] }),
    )
    renderWithApp(<TargetsPage />, { route: '/targets' })
    await userEvent.click(await screen.findByRole('button', { name: 'New target' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('textbox', { name: /^Engineer/ }))
    await userEvent.click(await screen.findByRole('option', { name: 'Arun Kumar' }))
    await userEvent.click(within(dialog).getByRole('button', { name: /^Starts/ }))
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Nov' }))
    await userEvent.type(within(dialog).getByLabelText(/^Revenue/), '500000')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set target' }))
    expect(await within(dialog).findByText('the fiscal year starts in month 4')).toBeInTheDocument()
    const post = sent.find((r) => r.method === 'POST')!
    expect(post.headers.get('Idempotency-Key')).toBeTruthy()
    expect(await post.json()).toEqual({ engineer_id: 'e1', period: 'month', period_start: expect.stringMatching(/^\d{4}-11-01$/), currency: 'INR', revenue: '500000' })
  })

  it('tells where a fiscal quarter may start, at the Starts field, before sending', async () => {
    const sent = mockApi(['reports:read', 'targets:manage'])
    renderWithApp(<TargetsPage />, { route: '/targets' })
    await userEvent.click(await screen.findByRole('button', { name: 'New target' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('textbox', { name: /^Period/ }))
    await userEvent.click(await screen.findByRole('option', { name: 'Fiscal quarter' }))
    expect(within(dialog).getByText(/quarters start in April, July, October, January/)).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: /^Starts/ }))
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Nov' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set target' }))
    expect(await within(dialog).findByText('A fiscal quarter starts in April, July, October or January')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: /^Starts/ })).toHaveAttribute('aria-invalid', 'true')
    expect(sent.some((r) => r.method === 'POST')).toBe(false)
  })

  it('edits the figures with If-Match of the version it read', async () => {
    const sent = mockApi(['reports:read', 'targets:manage'], () => json({ ...target, revenue: '600000.00', version: 4 }))
    renderWithApp(<TargetsPage />, { route: '/targets' })
    await userEvent.click(await screen.findByRole('button', { name: 'Edit the target of Arun Kumar, Nov 2026' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.clear(within(dialog).getByLabelText(/^Revenue/))
    await userEvent.type(within(dialog).getByLabelText(/^Revenue/), '600000')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const patch = sent.find((r) => r.method === 'PATCH')!
    expect(patch.headers.get('If-Match')).toBe('"3"')
    expect(await patch.json()).toEqual({ revenue: '600000' })
  })

  it('on a 412 shows both revenues, and saves the chosen one with the stored version', async () => {
    const theirs = { ...target, version: 4, revenue: '550000.00' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      const path = new URL(request.url).pathname
      if (request.method === 'GET') {
        if (path === '/api/v1/users/me') return json(me(['reports:read', 'targets:manage']))
        if (path === '/api/v1/targets/tg1') return json(theirs, 200, { ETag: '"4"' })
        return json({ items: [target], next_cursor: null })
      }
      sent.push(request)
      if (request.headers.get('If-Match') === '"3"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, revenue: '600000.00', version: 5 }, 200, { ETag: '"5"' })
    })
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
    renderWithApp(<TargetsPage />, { route: '/targets' })
    await userEvent.click(await screen.findByRole('button', { name: 'Edit the target of Arun Kumar, Nov 2026' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.clear(within(dialog).getByLabelText(/^Revenue/))
    await userEvent.type(within(dialog).getByLabelText(/^Revenue/), '600000')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))

    const resolver = await within(dialog).findByRole('region', { name: 'Someone else changed this record' })
    const revenue = await within(resolver).findByRole('radiogroup', { name: /^Revenue/ })
    expect(within(revenue).getByRole('radio', { name: /Yours.*₹6,00,000\.00/ })).toBeInTheDocument()
    expect(within(revenue).getByRole('radio', { name: /Saved by someone else.*₹5,50,000\.00/ })).toBeInTheDocument()
    await userEvent.click(within(revenue).getByRole('radio', { name: /Yours/ }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(sent).toHaveLength(2)
    expect(sent[1]!.headers.get('If-Match')).toBe('"4"')
    expect(await sent[1]!.json()).toEqual({ revenue: '600000' })
  })

  it('deletes a target after a confirmation', async () => {
    const sent = mockApi(['reports:read', 'targets:manage'], () => new Response(null, { status: 204 }))
    renderWithApp(<TargetsPage />, { route: '/targets' })
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the target of Mumbai, FY 2026-27' }))
    const confirm = await screen.findByRole('dialog')
    expect(sent.some((r) => r.method === 'DELETE')).toBe(false)
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(sent.some((r) => r.method === 'DELETE')).toBe(true))
    const del = sent.find((r) => r.method === 'DELETE')!
    expect(new URL(del.url).pathname).toBe('/api/v1/targets/tg2')
    expect(del.headers.get('If-Match')).toBe('"3"')
  })
})
