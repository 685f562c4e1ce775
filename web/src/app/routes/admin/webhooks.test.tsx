import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as WebhooksPage } from './webhooks'

afterEach(() => vi.restoreAllMocks())

const stamp = { created_at: '2026-11-20T09:00:00Z', updated_at: '2026-11-20T09:00:00Z', version: 3 }
const erp = {
  id: 'w1',
  url: 'https://erp.example.com/hooks/sales',
  description: 'SAP: orders and invoices',
  event_types: ['invoice.issued', 'sales_order.confirmed'],
  is_enabled: true,
  rotated_at: null,
  previous_secret_valid_until: null,
  consecutive_failures: 0,
  last_success_at: '2026-11-28T10:15:00Z',
  last_failure_at: null,
  disabled_at: null,
  disabled_reason: null,
  created_by_id: 'a1',
  ...stamp,
}
const broken = {
  ...erp,
  id: 'w2',
  url: 'https://old.example.net/hook',
  description: null,
  event_types: ['customer.created', 'customer.updated', 'payment.received'],
  is_enabled: false,
  consecutive_failures: 5,
  last_success_at: null,
  last_failure_at: '2026-11-27T08:00:00Z',
  disabled_at: '2026-11-27T08:00:00Z',
  disabled_reason: '5 deliveries in a row failed (last: HTTP 500)',
}
const EVENT_TYPES = [
  { type: 'customer.created', description: 'A customer was created (also from a converted lead)' },
  { type: 'customer.updated', description: 'A customer’s fields changed' },
  { type: 'sales_order.confirmed', description: 'A sales order was confirmed' },
  { type: 'invoice.issued', description: 'An invoice was issued (it has its number)' },
]

function mockApi(onPost: (request: Request) => Response | Promise<Response>) {
  const posts: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const path = new URL(request.url).pathname
    if (request.method === 'POST') {
      posts.push(request.clone())
      return onPost(request)
    }
    if (path === '/api/v1/webhooks/event-types') return json(EVENT_TYPES)
    if (path === '/api/v1/webhooks/w1') return json(erp, 200, { ETag: '"3"' })
    if (path.endsWith('/deliveries')) return json({ items: [], next_cursor: null })
    return json({ items: [erp, broken], next_cursor: null })
  })
  return posts
}

function renderPage() {
  return renderWithApp(
    <Routes>
      <Route path="/admin/webhooks" element={<WebhooksPage />} />
      <Route path="/admin/webhooks/:webhookId" element={<p>Webhook page</p>} />
    </Routes>,
    { route: '/admin/webhooks' },
  )
}

async function openNew() {
  await userEvent.click(await screen.findByRole('button', { name: 'New webhook' }))
  const dialog = await screen.findByRole('dialog', { name: 'New webhook' })
  await within(dialog).findByRole('checkbox', { name: 'invoice.issued' })
  return dialog
}

describe('Webhooks page', () => {
  it('lists each webhook with its health and why a disabled one was disabled', async () => {
    mockApi(() => json({}))
    renderPage()
    const table = await screen.findByRole('table', { name: 'Webhooks' })
    const [, first, second] = within(table).getAllByRole('row')
    expect(within(first!).getByRole('link', { name: erp.url })).toHaveAttribute('href', '/admin/webhooks/w1')
    expect(first).toHaveTextContent('SAP: orders and invoices')
    expect(first).toHaveTextContent('Enabled')
    expect(first).toHaveTextContent('0 given up in a row')
    expect(first).toHaveTextContent('Last success 28 Nov 2026')
    expect(second).toHaveTextContent('Disabled after failures')
    expect(second).toHaveTextContent('5 given up in a row')
    expect(second).toHaveTextContent('5 deliveries in a row failed (last: HTTP 500)')
    expect(second).toHaveTextContent('+1 more')
  })

  it('creates a webhook from the event types and their meanings, shows the signing secret once, then opens it', async () => {
    const posts = mockApi(() => json({ ...erp, id: 'w9', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, 201))
    renderPage()
    const dialog = await openNew()
    expect(within(dialog).getByText('A sales order was confirmed')).toBeInTheDocument()
    await userEvent.type(within(dialog).getByLabelText(/^URL/), 'https://erp.example.com/hooks/sales')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Sales order events' }))
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'invoice.issued' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create webhook' }))

    const shown = await screen.findByRole('dialog', { name: 'Webhook created: its signing secret' })
    expect(within(shown).getByText('Copy it now: it is shown only this once')).toBeInTheDocument()
    expect(within(shown).getByRole('textbox', { name: 'Signing secret' })).toHaveTextContent('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
    expect(await posts[0]!.json()).toEqual({
      url: 'https://erp.example.com/hooks/sales',
      description: null,
      event_types: ['invoice.issued', 'sales_order.confirmed'],
      is_enabled: true,
    })
    await userEvent.click(within(shown).getByRole('button', { name: 'I have stored the secret' }))
    expect(await screen.findByText('Webhook page')).toBeInTheDocument()
    expect(screen.queryByText('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).not.toBeInTheDocument()
  })

  it('shows the API’s refusal of the URL at the URL field', async () => {
    mockApi(() =>
      problem(422, {
        code: 'validation_error',
        title: 'Validation failed',
        errors: [{ loc: ['body', 'url'], msg: 'Value error, 10.0.0.5 is a private address', type: 'value_error' }],
      }),
    )
    renderPage()
    const dialog = await openNew()
    await userEvent.type(within(dialog).getByLabelText(/^URL/), 'http://10.0.0.5/hook')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'customer.created' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create webhook' }))
    expect(await within(dialog).findByText('Value error, 10.0.0.5 is a private address')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^URL/)).toHaveAttribute('aria-invalid', 'true')
  })

  it('asks for an event type before sending anything', async () => {
    const posts = mockApi(() => json({}))
    renderPage()
    const dialog = await openNew()
    await userEvent.type(within(dialog).getByLabelText(/^URL/), 'https://erp.example.com/hooks')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create webhook' }))
    await waitFor(() => expect(within(dialog).getByText('Choose at least one event type')).toBeInTheDocument())
    expect(posts).toHaveLength(0)
  })
})
