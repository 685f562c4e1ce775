import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { Agenda } from './agenda'
import { ownerIdsOf, whoseOptions } from './agenda-owner'

const head = { id: 'h1', full_name: 'Hema Head', role: 'sales_head', team_id: 't1', is_active: true } as const
const eng = { id: 'e1', full_name: 'Esha Engineer', role: 'sales_engineer', team_id: 't1', is_active: true } as const
const mate = { id: 'e2', full_name: 'Arjun Mate', role: 'sales_engineer', team_id: 't1', is_active: true } as const
const foreign = { id: 'e9', full_name: 'Other Team', role: 'sales_engineer', team_id: 't2', is_active: true } as const
const people = [head, eng, mate, foreign]

const day = new Date()
const activity = (owner: string, subject: string) => ({
  id: `a-${owner}`,
  type: 'call',
  subject,
  status: 'planned',
  owner_id: owner,
  scheduled_at: day.toISOString(),
  due_at: day.toISOString(),
  starts_at: null,
  ends_at: null,
  reminder_at: null,
  customer_id: null,
  opportunity_id: null,
  lead_id: null,
})

/** The API as a head sees it; returns the agenda requests sent. */
function api(me: object) {
  const mock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL((input as Request).url)
    if (url.pathname === '/api/v1/users/me') return json({ ...me, permissions: ['leads:assign'], territories: [] })
    if (url.pathname === '/api/v1/users') return json({ items: people, next_cursor: null })
    if (url.pathname === '/api/v1/me/agenda') return json({ activities: [activity('h1', 'My call')], overdue: [], reminders: [] })
    if (url.pathname === '/api/v1/activities/agenda') {
      const owners = url.searchParams.getAll('owner_id')
      const items = [activity('e1', "Esha's call"), activity('e2', "Arjun's call")].filter((a) => !owners.length || owners.includes(a.owner_id))
      return json({ activities: items, overdue: [], reminders: [], truncated: false })
    }
    if (url.pathname === '/api/v1/me/calendar-feed') return json({ url: 'https://x/calendar/t.ics', token: 't' })
    return json({ items: [], next_cursor: null })
  })
  return () =>
    mock.mock.calls
      .map((c) => new URL((c[0] as Request).url))
      .filter((u) => u.pathname.endsWith('/agenda'))
}

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

describe('whoseOptions', () => {
  it('offers a head me, the whole team and each teammate, never another team', () => {
    const options = whoseOptions(head, [...people])
    expect(options.flatMap((g) => g.items.map((i) => i.label))).toEqual(['My agenda', 'Whole team', 'Arjun Mate', 'Esha Engineer'])
  })

  it('offers an engineer nothing: they only see their own agenda', () => {
    expect(whoseOptions(eng, [...people])).toEqual([])
  })

  it('asks the API for my agenda, everyone, or one person', () => {
    expect(ownerIdsOf('me')).toBeNull()
    expect(ownerIdsOf('team')).toEqual([])
    expect(ownerIdsOf('e2')).toEqual(['e2'])
  })
})

describe('Agenda whose picker', () => {
  it('lets a head pick one engineer', async () => {
    api(head)
    const onWhose = vi.fn()
    renderWithApp(<Agenda view="week" day={day} canAssign whose="me" onWhose={onWhose} onNavigate={vi.fn()} />)
    expect(await screen.findByText('My call')).toBeInTheDocument()
    await userEvent.click(await screen.findByRole('textbox', { name: 'Whose agenda' }))
    expect(screen.queryByRole('option', { name: 'Other Team' })).not.toBeInTheDocument()
    await userEvent.click(await screen.findByRole('option', { name: 'Arjun Mate' }))
    expect(onWhose).toHaveBeenCalledWith('e2')
  })

  it("shows one engineer's agenda with whose each activity is", async () => {
    const requests = api(head)
    renderWithApp(<Agenda view="week" day={day} canAssign whose="e2" onWhose={vi.fn()} onNavigate={vi.fn()} />)
    expect(await screen.findByText("Arjun's call")).toBeInTheDocument()
    expect(screen.queryByText("Esha's call")).not.toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('Arjun Mate', { selector: '.mantine-Badge-label' })).toBeInTheDocument())
    const [request] = requests()
    expect(request!.pathname).toBe('/api/v1/activities/agenda')
    expect(request!.searchParams.getAll('owner_id')).toEqual(['e2'])
  })

  it("shows the whole team's agenda without an owner filter", async () => {
    const requests = api(head)
    renderWithApp(<Agenda view="week" day={day} canAssign whose="team" onWhose={vi.fn()} onNavigate={vi.fn()} />)
    expect(await screen.findByText("Esha's call")).toBeInTheDocument()
    expect(screen.getByText("Arjun's call")).toBeInTheDocument()
    expect(requests()[0]!.searchParams.has('owner_id')).toBe(false)
  })

  it('shows an engineer no picker, and a head one, once they are known', async () => {
    api(eng)
    const { unmount } = renderWithApp(<Agenda view="week" day={day} canAssign={false} whose="me" onWhose={vi.fn()} onNavigate={vi.fn()} />)
    expect(await screen.findByText('My call')).toBeInTheDocument()
    // Who I am and my colleagues are loaded (the calendar feed card waits on nothing).
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.length).toBeGreaterThanOrEqual(3))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('textbox', { name: 'Whose agenda' })).not.toBeInTheDocument()
    unmount()
    vi.restoreAllMocks()
    api(head)
    renderWithApp(<Agenda view="week" day={day} canAssign whose="me" onWhose={vi.fn()} onNavigate={vi.fn()} />)
    expect(await screen.findByRole('textbox', { name: 'Whose agenda' })).toBeInTheDocument()
  })
})
