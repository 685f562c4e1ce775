import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { Component as ExportsPage } from './exports'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

const base = {
  resource: 'customers',
  error: null,
  created_by: 'admin@example.com',
  created_at: '2026-11-30T09:00:00Z',
  started_at: '2026-11-30T09:00:01Z',
}
const ready = { ...base, id: 'e1', file_format: 'csv', status: 'done', total_rows: 202, processed_rows: 202, filename: 'customers-20261130-090001.csv', size_bytes: 111300, finished_at: '2026-11-30T09:00:03Z' }
const writing = { ...base, id: 'e2', file_format: 'xlsx', status: 'running', total_rows: 5000, processed_rows: 2000, filename: null, size_bytes: null, finished_at: null }

function mockApi(permissions: string[]) {
  const posts: Request[] = []
  const gets: string[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (request.method === 'POST') {
      posts.push(request.clone())
      return json({ ...writing, id: 'e3', status: 'queued', total_rows: null, processed_rows: 0 }, 202)
    }
    gets.push(url.pathname)
    if (url.pathname === '/api/v1/users/me') return json({ id: 'u1', role: 'sales_head', permissions })
    if (url.pathname === '/api/v1/customers/exports/e1/file') return new Response('external_id,name\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="customers-20261130-090001.csv"' } })
    if (url.pathname === '/api/v1/customers/exports') return json({ items: [ready, writing], next_cursor: null })
    return json({ items: [], next_cursor: null })
  })
  return { posts, gets }
}

describe('Exports page', () => {
  it('lists the exports: a written one to download, one being written with its progress', async () => {
    const { gets } = mockApi(['customers:read', 'products:read'])
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() })
    onTestFinished(() => {
      Object.assign(URL, original)
    })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    renderWithApp(<ExportsPage />, { route: '/admin/exports' })
    const table = await screen.findByRole('table', { name: 'Exports' })
    const [, first, second] = within(table).getAllByRole('row')
    expect(first).toHaveTextContent('Ready')
    expect(first).toHaveTextContent('202 records')
    expect(first).toHaveTextContent('108.7 KB')
    expect(second).toHaveTextContent('Writing')
    expect(second).toHaveTextContent('2,000 of 5,000 records')
    expect(within(second!).queryByRole('button', { name: /Download/ })).not.toBeInTheDocument()
    await userEvent.click(within(first!).getByRole('button', { name: 'Download customers-20261130-090001.csv' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]!.download).toBe('customers-20261130-090001.csv')
    expect(gets).toContain('/api/v1/customers/exports/e1/file')
  })

  it('starts an export of the chosen records in the chosen format', async () => {
    const { posts } = mockApi(['customers:read', 'products:read'])
    renderWithApp(<ExportsPage />, { route: '/admin/exports' })
    await userEvent.click(await screen.findByRole('button', { name: 'New export' }))
    const dialog = await screen.findByRole('dialog', { name: 'New export' })
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Records' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Products' }))
    await userEvent.click(within(dialog).getByRole('radio', { name: 'JSON lines' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start export' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(new URL(posts[0]!.url).pathname).toBe('/api/v1/products/exports')
    expect(await posts[0]!.json()).toEqual({ format: 'jsonl' })
    expect(await screen.findByText('Products export started: download it when it is ready')).toBeInTheDocument()
  })

  it('offers only the records the user may read', async () => {
    mockApi(['products:read'])
    renderWithApp(<ExportsPage />, { route: '/admin/exports' })
    await screen.findByRole('button', { name: 'New export' })
    expect(screen.getByRole('radio', { name: 'Price lists' })).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Customers' })).not.toBeInTheDocument()
  })
})
