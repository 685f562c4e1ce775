import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as ImportPage } from './import'
import { Component as ImportsPage } from './imports'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

const admin = { id: 'a1', full_name: 'Asha Admin', role: 'admin', permissions: ['customers:write', 'products:write', 'prices:write'] }
const base = {
  id: 'i1',
  resource: 'customers',
  file_format: 'csv',
  filename: 'erp-customers.csv',
  dry_run: true,
  total_rows: 3,
  error: null,
  created_by: 'admin@example.com',
  created_at: '2026-11-30T09:00:00Z',
  started_at: '2026-11-30T09:00:01Z',
  finished_at: '2026-11-30T09:00:02Z',
}
const dryRunDone = { ...base, status: 'dry_run_done', processed_rows: 3, dry_run_counts: { created: 1, updated: 1, unchanged: 0, refused: 1 }, counts: null }
const running = { ...base, id: 'i2', filename: 'big.xlsx', file_format: 'xlsx', status: 'running', total_rows: 4000, processed_rows: 1500, counts: null, dry_run_counts: { created: 4000, updated: 0, unchanged: 0, refused: 0 } }
const ROWS = [
  { row: 2, rows: [2], external_id: 'ERP-1', outcome: 'created', record_id: null, problem: null },
  {
    row: 3,
    rows: [3],
    external_id: 'ERP-2',
    outcome: 'refused',
    record_id: null,
    problem: {
      type: 'about:blank',
      title: 'Invalid input',
      status: 422,
      detail: null,
      code: 'validation_error',
      errors: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error', column: 'email' }],
    },
  },
  { row: 4, rows: [4], external_id: 'ERP-3', outcome: 'updated', record_id: null, problem: null },
]

function mockApi(onPost: (request: Request) => Response | Promise<Response> = () => json({})) {
  const posts: Request[] = []
  const gets: string[] = []
  // What the import is after the last POST (the run queued), else the dry run done.
  let current: unknown = dryRunDone
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (request.method === 'POST') {
      posts.push(request.clone())
      const answer = await onPost(request)
      if (answer.ok) current = await answer.clone().json()
      return answer
    }
    gets.push(url.pathname + url.search)
    if (url.pathname === '/api/v1/users/me') return json(admin)
    // One import (i1, or the one an upload just made): as it is after the last POST.
    if (/^\/api\/v1\/customers\/imports\/[^/]+$/.test(url.pathname)) return json(current)
    if (url.pathname === '/api/v1/customers/imports/i1/rows') return json({ items: ROWS, next_cursor: null })
    if (url.pathname === '/api/v1/customers/imports') return json({ items: [dryRunDone, running], next_cursor: null })
    return json({ items: [], next_cursor: null })
  })
  return { posts, gets }
}

function renderPage(route = '/admin/imports') {
  return renderWithApp(
    <Routes>
      <Route path="/admin/imports" element={<ImportsPage />} />
      <Route path="/admin/imports/:resourceName/:importId" element={<ImportPage />} />
    </Routes>,
    { route },
  )
}

describe('Imports page', () => {
  it('lists the imports with their status, progress and what each phase found', async () => {
    mockApi()
    renderPage()
    const table = await screen.findByRole('table', { name: 'Imports' })
    const [, first, second] = within(table).getAllByRole('row')
    expect(within(first!).getByRole('link', { name: 'erp-customers.csv' })).toHaveAttribute('href', '/admin/imports/customers/i1')
    expect(first).toHaveTextContent('Dry run done')
    expect(first).toHaveTextContent('1 created')
    expect(first).toHaveTextContent('1 refused')
    expect(second).toHaveTextContent('Running')
    expect(second).toHaveTextContent('1,500 of 4,000 records')
    expect(screen.getByRole('radio', { name: 'Price lists' })).toBeInTheDocument()
  })

  it('uploads the file as a multipart form, asking for a dry run', async () => {
    const { posts, gets } = mockApi(() => json({ ...dryRunDone, id: 'i9', status: 'dry_run_queued', processed_rows: 0, dry_run_counts: null }, 202))
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'New import' }))
    const dialog = await screen.findByRole('dialog', { name: 'New import' })
    const file = new File(['external_id,name\r\nERP-1,Acme\r\n'], 'erp-customers.csv', { type: 'text/csv' })
    await userEvent.upload(dialog.querySelector<HTMLInputElement>('input[type=file]')!, file)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Upload and dry-run' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(new URL(posts[0]!.url).pathname).toBe('/api/v1/customers/imports')
    const form = await posts[0]!.formData()
    // (jsdom's File loses its name on the way into Node's FormData; the browser keeps it: e2e.)
    expect(await (form.get('file') as Blob).text()).toBe('external_id,name\r\nERP-1,Acme\r\n')
    expect(form.get('dry_run')).toBe('true')
    expect(form.get('format')).toBeNull()
    // Then the new import's own page, which follows its dry run.
    await waitFor(() => expect(gets).toContain('/api/v1/customers/imports/i9'))
    expect(await screen.findByText(/CSV · uploaded/)).toBeInTheDocument()
  })

  it('shows the API’s refusal of a column at the file field', async () => {
    mockApi(() =>
      problem(422, {
        code: 'imports.bad_columns',
        title: 'The file’s columns are not the resource’s',
        errors: [{ loc: ['body', 'file', 'columns', 'vat'], msg: 'is not a column of customers', type: 'unknown_column' }],
      }),
    )
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'New import' }))
    const dialog = await screen.findByRole('dialog', { name: 'New import' })
    await userEvent.upload(dialog.querySelector<HTMLInputElement>('input[type=file]')!, new File(['external_id,vat\r\n'], 'bad.csv', { type: 'text/csv' }))
    await userEvent.click(within(dialog).getByRole('radio', { name: /Run at once/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Upload and run' }))
    expect(await within(dialog).findByText('column “vat”: is not a column of customers')).toBeInTheDocument()
  })

  it('asks for a file before sending anything', async () => {
    const { posts } = mockApi()
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'New import' }))
    const dialog = await screen.findByRole('dialog', { name: 'New import' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Upload and dry-run' }))
    expect(await within(dialog).findByText('Choose a file')).toBeInTheDocument()
    expect(posts).toHaveLength(0)
  })
})

describe('Import page', () => {
  it('shows each record’s dry-run outcome, a refusal’s problem at its column, and runs the import after asking', async () => {
    const { posts, gets } = mockApi(() => json({ ...dryRunDone, status: 'queued', processed_rows: 0 }, 202))
    renderPage('/admin/imports/customers/i1')
    const table = await screen.findByRole('table', { name: 'Records' })
    const refused = within(table).getByRole('row', { name: /ERP-2/ })
    expect(refused).toHaveTextContent('Refused')
    expect(refused).toHaveTextContent('Invalid input')
    expect(within(refused).getByText('email')).toBeInTheDocument()
    expect(refused).toHaveTextContent('value is not a valid email address')
    expect(within(table).getByRole('row', { name: /ERP-3/ })).toHaveTextContent('Updated')
    expect(screen.getByText('What the run would do with each record (nothing was saved)')).toBeInTheDocument()
    expect(gets).toContain('/api/v1/customers/imports/i1/rows?phase=dry_run&limit=100')

    await userEvent.click(screen.getByRole('button', { name: 'Run the import' }))
    const confirm = await screen.findByRole('dialog', { name: 'Run this import?' })
    expect(confirm).toHaveTextContent('1 created, 1 updated')
    expect(confirm).toHaveTextContent('The 1 refused are left out again')
    await userEvent.click(within(confirm).getByRole('button', { name: 'Run the import' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(new URL(posts[0]!.url).pathname).toBe('/api/v1/customers/imports/i1/run')
    expect(await screen.findByText('Run queued')).toBeInTheDocument()
  })

  it('filters the records by outcome through the API', async () => {
    const { gets } = mockApi()
    renderPage('/admin/imports/customers/i1?outcome=refused')
    await screen.findByRole('table', { name: 'Records' })
    expect(gets).toContain('/api/v1/customers/imports/i1/rows?phase=dry_run&outcome=refused&limit=100')
  })

  it('says so when the resource is not one imports take', async () => {
    mockApi()
    renderPage('/admin/imports/payments/i1')
    expect(await screen.findByRole('alert')).toHaveTextContent('Imports are of customers, products, price lists, sales orders, invoices')
  })
})
