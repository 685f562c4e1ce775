import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as ApiKeysPage } from './api-keys'

afterEach(() => vi.restoreAllMocks())

const stamp = { created_at: '2026-11-20T09:00:00Z', updated_at: '2026-11-20T09:00:00Z', version: 1 }
const sap = {
  id: '019a3c0e-8f2b-7c1d-9e4f-5a6b7c8d9e0f',
  name: 'SAP S/4HANA sync',
  prefix: 'sk_live_019a3c0e8f2b7c1d9e4f5a6b7c8d9e0f',
  secret_hint: 'Zk3q',
  scopes: ['customers:read', 'customers:write', 'invoices:read', 'sales_orders:write'],
  row_scope: 'team',
  team_id: 't1',
  territory_id: null,
  expires_at: '2027-12-31T23:59:59Z',
  revoked_at: null,
  rotated_at: null,
  previous_secret_valid_until: null,
  last_used_at: '2026-11-28T10:15:00Z',
  last_used_ip: '203.0.113.7',
  created_by_id: 'a1',
  ...stamp,
}
const old = { ...sap, id: 'k2', name: 'Old warehouse export', prefix: 'sk_live_k2', secret_hint: 'Ab12', scopes: ['stock:read'], row_scope: 'all', team_id: null, revoked_at: '2026-11-25T08:00:00Z', last_used_at: null, last_used_ip: null }
const secret = 'sk_live_019a3c0e8f2b7c1d9e4f5a6b7c8d9e0f_Xq9-only-shown-once-Zk3q'

/** The page's lookups answer from fixtures; POSTs go to `onPost` and are recorded. */
function mockApi(onPost: (request: Request) => Response | Promise<Response>) {
  const posts: Request[] = []
  const gets: string[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (request.method === 'POST') {
      posts.push(request.clone())
      return onPost(request)
    }
    gets.push(url.pathname + url.search)
    if (url.pathname === '/api/v1/teams') return json([{ id: 't1', name: 'West', head_id: null, version: 1 }])
    if (url.pathname === '/api/v1/territories') return json([])
    return json({ items: [sap, old], next_cursor: null })
  })
  return { posts, gets }
}

describe('API keys page', () => {
  it('lists each key with its prefix, scopes, rows, expiry, last use and status, never a secret', async () => {
    mockApi(() => json({}))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    const table = await screen.findByRole('table', { name: 'API keys' })
    const [, first, second] = within(table).getAllByRole('row')
    expect(first).toHaveTextContent('SAP S/4HANA sync')
    expect(first).toHaveTextContent('sk_live_019a3c0e…Zk3q')
    expect(first).toHaveTextContent('customers:read')
    expect(first).toHaveTextContent('+1 more')
    expect(await within(first!).findByText('West')).toBeInTheDocument()
    expect(first).toHaveTextContent('A team’s rows')
    expect(first).toHaveTextContent('31 Dec 2027')
    expect(first).toHaveTextContent('203.0.113.7')
    expect(first).toHaveTextContent('Active')
    expect(second).toHaveTextContent('Never used')
    expect(second).toHaveTextContent('Revoked')
  })

  it('creates a key and shows its secret once, in a box to copy, then never again', async () => {
    const { posts } = mockApi(() => json({ ...sap, key: secret, client_id: sap.id, client_secret: 'Xq9-only-shown-once-Zk3q' }, 201))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }))
    const dialog = await screen.findByRole('dialog', { name: 'New API key' })
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'SAP S/4HANA sync')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Customers: read' }))
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Sales orders: write' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const shown = await screen.findByRole('dialog', { name: /created/ })
    expect(within(shown).getByText('Copy it now: it is shown only this once')).toBeInTheDocument()
    expect(within(shown).getByRole('textbox', { name: 'API key' })).toHaveTextContent(secret)
    expect(within(shown).getByRole('button', { name: 'Copy api key' })).toBeInTheDocument()
    expect(posts).toHaveLength(1)
    expect(await posts[0]!.json()).toEqual({
      name: 'SAP S/4HANA sync',
      scopes: ['customers:read', 'sales_orders:write'],
      row_scope: 'all',
      team_id: null,
      territory_id: null,
      expires_at: null,
    })
    // A retried create would make a second key: the API stores no answer holding a secret.
    expect(posts[0]!.headers.get('Idempotency-Key')).toBeNull()

    await userEvent.click(within(shown).getByRole('button', { name: 'I have stored the key' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.queryByText(secret)).not.toBeInTheDocument()
  })

  it('asks for a scope before sending anything', async () => {
    const { posts } = mockApi(() => json({}))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }))
    const dialog = await screen.findByRole('dialog', { name: 'New API key' })
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Data warehouse')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }))
    expect(await within(dialog).findByText('Choose at least one scope')).toBeInTheDocument()
    expect(posts).toHaveLength(0)
  })

  it('shows the API’s refusals at the fields they name', async () => {
    mockApi(() =>
      problem(422, {
        code: 'validation_error',
        title: 'Validation failed',
        errors: [
          { loc: ['body', 'name'], msg: 'String should have at most 100 characters', type: 'string_too_long' },
          { loc: ['body', 'scopes', 0], msg: "Input should be 'customers:read', …", type: 'enum' },
        ],
      }),
    )
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }))
    const dialog = await screen.findByRole('dialog', { name: 'New API key' })
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'A name')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Reports: read' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }))

    expect(await within(dialog).findByText('String should have at most 100 characters')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByText("Input should be 'customers:read', …")).toBeInTheDocument()
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct the highlighted fields')
  })

  it('rotates a key with a grace period and shows the new secret once', async () => {
    const { posts } = mockApi(() => json({ ...sap, key: secret, client_id: sap.id, client_secret: 'x' }))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for SAP S/4HANA sync' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Rotate secret…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rotate “SAP S/4HANA sync”' })
    const grace = within(dialog).getByLabelText('Old secret keeps working for')
    await userEvent.clear(grace)
    await userEvent.type(grace, '120')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rotate the secret' }))

    const shown = await screen.findByRole('dialog', { name: 'New secret for “SAP S/4HANA sync”' })
    expect(within(shown).getByRole('textbox', { name: 'API key' })).toHaveTextContent(secret)
    expect(new URL(posts[0]!.url).pathname).toBe(`/api/v1/api-keys/${sap.id}/rotate`)
    expect(await posts[0]!.json()).toEqual({ grace_minutes: 120 })
  })

  it('revokes a key once confirmed', async () => {
    const { posts } = mockApi(() => json({ ...sap, revoked_at: '2026-11-29T10:00:00Z' }))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for SAP S/4HANA sync' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Revoke…' }))
    const confirm = await screen.findByRole('dialog', { name: 'Revoke “SAP S/4HANA sync”?' })
    expect(posts).toHaveLength(0)
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke the key' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(new URL(posts[0]!.url).pathname).toBe(`/api/v1/api-keys/${sap.id}/revoke`)
    expect(await screen.findByText('SAP S/4HANA sync is revoked')).toBeInTheDocument()
  })

  it('offers a revoked key neither a rotation nor a revocation', async () => {
    mockApi(() => json({}))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys' })
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for Old warehouse export' }))
    expect(await screen.findByRole('menuitem', { name: 'Copy client id' })).toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Rotate secret…' })).not.toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Revoke…' })).not.toBeInTheDocument()
  })

  it('filters by status in the URL', async () => {
    const { gets } = mockApi(() => json({}))
    renderWithApp(<ApiKeysPage />, { route: '/admin/api-keys?revoked=true' })
    await screen.findByRole('table', { name: 'API keys' })
    expect(gets).toContain('/api/v1/api-keys?revoked=true&limit=50')
  })
})
