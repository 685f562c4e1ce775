import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { ExportMenu } from '@/components/lists/export-menu'
import { ListCount } from '@/components/lists/list-count'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import type { CustomerFilters } from '../api/get-customers'
import { customerListSpec } from './customer-list-spec'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

const FILTERS: CustomerFilters = { q: 'steel', territory_id: 't-1', min_rating: '3', archived: 'true', sort: '-name' }

function mockFetch(respond: (request: Request) => Response) {
  const requests: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    requests.push(input as Request)
    return respond(input as Request)
  })
  return requests
}

describe('Customer list count', () => {
  it('shows the count with Indian digit grouping, asked with the list’s filters', async () => {
    const requests = mockFetch(() => json({ count: 1234567 }))
    renderWithApp(<ListCount spec={customerListSpec} filters={FILTERS} />)
    expect(await screen.findByText('12,34,567 customers')).toBeInTheDocument()
    const url = new URL(requests[0]!.url)
    expect(url.pathname).toBe('/api/v1/customers/count')
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'steel', territory_id: 't-1', min_rating: '3', archived: 'true' })
  })

  it('says one customer in the singular', async () => {
    mockFetch(() => json({ count: 1 }))
    renderWithApp(<ListCount spec={customerListSpec} filters={{}} />)
    expect(await screen.findByText('1 customer')).toBeInTheDocument()
  })
})

describe('Customer export', () => {
  it('downloads the file for the current filters and sort, named as the API names it', async () => {
    const requests = mockFetch(
      () =>
        new Response('id,name\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="customers-20261129.xlsx"' },
        }),
    )
    const createUrl = vi.fn(() => 'blob:export')
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() })
    onTestFinished(() => {
      Object.assign(URL, original)
    })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    renderWithApp(<ExportMenu spec={customerListSpec} filters={FILTERS} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Excel (XLSX)' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    const url = new URL(requests[0]!.url)
    expect(url.pathname).toBe('/api/v1/customers/export')
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'steel', territory_id: 't-1', min_rating: '3', archived: 'true', sort: '-name', format: 'xlsx' })
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer a')
    expect(clicked[0]!.download).toBe('customers-20261129.xlsx')
    expect(clicked[0]!.href).toBe('blob:export')
    expect((createUrl.mock.calls[0] as unknown as [Blob])[0].size).toBe(8)
  })

  it('is busy while the file downloads', async () => {
    let release: (r: Response) => void = () => undefined
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (release = resolve)))
    renderWithApp(<ExportMenu spec={customerListSpec} filters={{}} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toBeDisabled())
    release(problem(500, { code: 'server_error', title: 'Server error' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export' })).toBeEnabled())
  })

  it('explains a refused export', async () => {
    mockFetch(() => problem(403, { code: 'auth.missing_permission', title: 'Forbidden', detail: 'Missing permission customers:read' }))
    renderWithApp(<ExportMenu spec={customerListSpec} filters={{}} />)
    await userEvent.click(screen.getByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV' }))
    expect(await screen.findByText('Could not export the customers')).toBeInTheDocument()
    expect(screen.getByText(/Your role does not allow you to see customers/)).toBeInTheDocument()
  })
})
