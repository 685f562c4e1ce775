import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Permission } from '@/lib/auth/session'
import { tokenStore } from '@/lib/auth/token-store'
import { answer, Harness, ROWS, type Route } from '@/test/list-harness'
import { json, renderWithApp } from '@/test/render'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

function mockApi(permissions: Permission[], routes: Route[] = []) {
  const requests: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    requests.push(request.clone())
    return answer(request, { permissions }, routes)
  })
  return requests
}

const bulkPosts = (requests: Request[]) => requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/v1/customers/bulk'))

async function selectTwo() {
  await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Acme Pumps' }))
  await userEvent.click(screen.getByRole('checkbox', { name: 'Select Chennai Steel' }))
}

describe('Bulk bar', () => {
  it('offers only the actions the user’s permissions allow', async () => {
    mockApi(['customers:read', 'customers:write'])
    renderWithApp(<Harness />)
    await selectTwo()
    const bar = screen.getByRole('region', { name: 'Bulk actions' })
    expect(bar).toHaveTextContent('2 customers selected')
    expect(within(bar).getByRole('button', { name: 'Archive' })).toBeInTheDocument()
    expect(within(bar).queryByRole('button', { name: 'Reassign' })).toBeNull()
  })

  it('draws no checkboxes when the user may take no bulk action', async () => {
    const requests = mockApi(['customers:read'])
    renderWithApp(<Harness />)
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/users/me'))).toBe(true))
    await screen.findByText('3 customers')
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('confirms a destructive action, then shows each row’s outcome by name with the server’s reason, and refreshes the list', async () => {
    const requests = mockApi(['customers:read', 'customers:write'], [
      (r) =>
        r.method === 'POST'
          ? json({
              results: [
                { id: ROWS[0]!.id, outcome: 'ok', status: 200 },
                {
                  id: ROWS[2]!.id,
                  outcome: 'problem',
                  status: 409,
                  code: 'customers.has_open_orders',
                  title: 'Customer has open orders',
                  detail: 'Chennai Steel has 2 open orders; close them before archiving.',
                },
              ],
              succeeded: 1,
              failed: 1,
            })
          : undefined,
    ])
    renderWithApp(<Harness />)
    await selectTwo()
    await userEvent.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Archive' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('Archive 2 customers?')
    expect(bulkPosts(requests)).toHaveLength(0)
    const countsBefore = requests.filter((r) => r.url.includes('/count')).length

    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive them' }))
    const results = await screen.findByRole('list', { name: 'Result per record' })
    const [ok, failed] = within(results).getAllByRole('listitem')
    expect(ok).toHaveTextContent('Acme Pumps — done')
    expect(failed).toHaveTextContent('Chennai Steel — Customer has open orders: Chennai Steel has 2 open orders; close them before archiving.')
    expect(screen.getByText('1 done')).toBeInTheDocument()
    expect(screen.getByText('1 not done')).toBeInTheDocument()
    expect(await bulkPosts(requests)[0]!.json()).toEqual({ action: 'archive', ids: [ROWS[0]!.id, ROWS[2]!.id] })
    // The list's queries (here its count) are fetched again.
    await waitFor(() => expect(requests.filter((r) => r.url.includes('/count')).length).toBeGreaterThan(countsBefore))

    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull()
  })

  it('sends a retry of the same action with the same Idempotency-Key', async () => {
    let calls = 0
    const requests = mockApi(['customers:read', 'customers:write', 'customers:reassign'], [
      (r) => {
        if (r.method !== 'POST') return undefined
        calls += 1
        if (calls === 1) throw new TypeError('Failed to fetch')
        return json({ results: [{ id: ROWS[0]!.id, outcome: 'ok', status: 200 }, { id: ROWS[2]!.id, outcome: 'ok', status: 200 }], succeeded: 2, failed: 0 })
      },
    ])
    renderWithApp(<Harness />)
    await selectTwo()
    await userEvent.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Reassign' }))
    const dialog = screen.getByRole('dialog')
    const confirm = within(dialog).getByRole('button', { name: 'Reassign' })
    expect(confirm).toBeDisabled()
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'New owner' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Priya Nair' }))
    await userEvent.click(confirm)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot reach the server')

    await userEvent.click(confirm)
    await screen.findByRole('list', { name: 'Result per record' })
    const [first, second] = bulkPosts(requests)
    expect(first!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'))
    expect(await second!.json()).toEqual({ action: 'reassign', ids: [ROWS[0]!.id, ROWS[2]!.id], owner_id: 'u-9' })
  })
})
