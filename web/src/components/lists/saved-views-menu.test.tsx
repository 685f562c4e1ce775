import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Schema } from '@/lib/api/types'
import { tokenStore } from '@/lib/auth/token-store'
import { answer, Harness } from '@/test/list-harness'
import { json, renderWithApp } from '@/test/render'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

const view = (over: Partial<Schema<'SavedViewRead'>>): Schema<'SavedViewRead'> => ({
  id: 'v1',
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-01T10:00:00Z',
  version: 3,
  owner_id: 'me-1',
  team_id: null,
  name: 'Pune, newest',
  list_key: 'customers',
  filters: { q: 'pune' },
  sort: '-created_at',
  is_shared: false,
  ...over,
})

const VIEWS = [view({}), view({ id: 'v2', name: 'Team favourites', owner_id: 'head-2', is_shared: true, filters: { owner_id: 'u-9' }, sort: null })]

function mockApi(role: Schema<'Role'>) {
  const requests: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    requests.push(request.clone())
    return answer(request, { role, permissions: ['customers:read'] }, [
      (r) => (r.method === 'GET' && r.url.includes('/saved-views') ? json(VIEWS) : undefined),
      (r) => (r.method === 'POST' && r.url.includes('/saved-views') ? r.json().then((b) => json(view({ id: 'v3', ...b }), 201)) : undefined),
      (r) => (r.method === 'DELETE' ? new Response(null, { status: 204 }) : undefined),
    ])
  })
  return requests
}

const openMenu = async () => userEvent.click(await screen.findByRole('button', { name: 'Saved views' }))

describe('Saved views', () => {
  it('applies a view: every filter key is set from the view, the others cleared', async () => {
    mockApi('sales_engineer')
    const onApply = vi.fn()
    renderWithApp(<Harness filters={{ owner_id: 'u-1' }} onApply={onApply} />)
    await openMenu()
    await userEvent.click(await screen.findByRole('button', { name: 'Apply view Pune, newest' }))
    expect(onApply).toHaveBeenCalledWith({ q: 'pune', owner_id: null, sort: '-created_at' })
  })

  it('names the view that matches the current filters', async () => {
    mockApi('sales_engineer')
    renderWithApp(<Harness filters={{ q: 'pune', sort: '-created_at' }} />)
    expect(await screen.findByRole('button', { name: 'Saved views: Pune, newest' })).toBeInTheDocument()
  })

  it('saves the current filters and sort under a name, shared with the team by a head', async () => {
    const requests = mockApi('sales_head')
    renderWithApp(<Harness filters={{ q: 'steel', owner_id: undefined, sort: '-name' }} />)
    await openMenu()
    await userEvent.click(await screen.findByRole('button', { name: 'Save current view…' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Steel accounts')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Share with my team' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const post = requests.find((r) => r.method === 'POST')!
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await post.json()).toEqual({ name: 'Steel accounts', list_key: 'customers', filters: { q: 'steel' }, sort: '-name', is_shared: true })
  })

  it('offers an engineer no share checkbox', async () => {
    mockApi('sales_engineer')
    renderWithApp(<Harness />)
    await openMenu()
    await userEvent.click(await screen.findByRole('button', { name: 'Save current view…' }))
    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeInTheDocument()
    expect(screen.queryByRole('checkbox', { name: /share/i })).toBeNull()
  })

  it('deletes only the user’s own views, with the version they saw', async () => {
    const requests = mockApi('sales_engineer')
    renderWithApp(<Harness />)
    await openMenu()
    await screen.findByRole('button', { name: 'Apply view Team favourites' })
    expect(screen.queryByRole('button', { name: 'Delete view Team favourites' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Delete view Pune, newest' }))
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true))
    const del = requests.find((r) => r.method === 'DELETE')!
    expect(new URL(del.url).pathname).toBe('/api/v1/saved-views/v1')
    expect(del.headers.get('If-Match')).toBe('"3"')
  })
})
