import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as WebhookPage } from './webhook'

afterEach(() => vi.restoreAllMocks())

const stamp = { created_at: '2026-11-20T09:00:00Z', updated_at: '2026-11-20T09:00:00Z' }
const webhook = {
  id: 'w1',
  version: 3,
  url: 'https://erp.example.com/hooks/sales',
  description: 'SAP: orders and invoices',
  event_types: ['invoice.issued', 'sales_order.confirmed'],
  is_enabled: true,
  rotated_at: null,
  previous_secret_valid_until: null,
  consecutive_failures: 1,
  last_success_at: '2026-11-28T10:15:00Z',
  last_failure_at: '2026-11-29T07:00:00Z',
  disabled_at: null,
  disabled_reason: null,
  created_by_id: 'a1',
  ...stamp,
}
const delivery = (id: string, status: string, extra: object = {}) => ({
  id,
  webhook_id: 'w1',
  event_id: `e-${id}`,
  event_type: 'sales_order.confirmed',
  entity_type: 'sales_orders',
  entity_id: '019a3c0e-8f2b-7c1d-9e4f-5a6b7c8d9e0f',
  status,
  attempt_count: 1,
  next_attempt_at: null,
  last_attempt_at: '2026-11-29T07:00:00Z',
  last_status_code: 200,
  last_error: null,
  delivered_at: '2026-11-29T07:00:01Z',
  replay_of_id: null,
  created_at: '2026-11-29T07:00:00Z',
  ...extra,
})
const failed = delivery('d1', 'failed', { attempt_count: 8, last_status_code: 500, last_error: 'HTTP 500', delivered_at: null })
const detail = {
  ...failed,
  payload: { id: 'e-d1', type: 'sales_order.confirmed', data: { object: 'sales_order', label: 'SO/2026-27/00012' } },
  attempts: [
    { number: 1, attempted_at: '2026-11-28T07:00:00Z', succeeded: false, status_code: 500, latency_ms: 1234, response_excerpt: 'Internal Server Error', error: 'HTTP 500' },
    { number: 2, attempted_at: '2026-11-28T07:00:30Z', succeeded: false, status_code: null, latency_ms: 10000, response_excerpt: null, error: 'timed out after 10 s' },
  ],
}

interface Mock {
  requests: Request[]
  post?: (request: Request) => Response | Promise<Response>
}

function mockApi(mock: Mock) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    mock.requests.push(request.clone())
    if (request.method !== 'GET') return mock.post?.(request) ?? json({})
    if (url.pathname === '/api/v1/webhooks/w1') return json(webhook, 200, { ETag: '"3"' })
    if (url.pathname === '/api/v1/webhooks/w1/deliveries/d1') return json(detail)
    if (url.pathname === '/api/v1/webhooks/w1/deliveries') {
      if (url.searchParams.get('cursor') === 'c2') return json({ items: [delivery('d3', 'succeeded')], next_cursor: null })
      return json({ items: [failed, delivery('d2', 'succeeded')], next_cursor: 'c2' })
    }
    if (url.pathname === '/api/v1/webhooks/event-types') return json([])
    return json({ items: [], next_cursor: null })
  })
  return mock
}

const sent = (mock: Mock, method: string, path: string) => mock.requests.filter((r) => r.method === method && new URL(r.url).pathname === path)

function renderPage(route = '/admin/webhooks/w1') {
  return renderWithApp(
    <Routes>
      <Route path="/admin/webhooks/:webhookId" element={<WebhookPage />} />
      <Route path="/admin/webhooks" element={<p>Webhooks list</p>} />
    </Routes>,
    { route },
  )
}

describe('Webhook page', () => {
  it('shows the webhook’s health and its delivery log, and loads more with the cursor', async () => {
    const mock = mockApi({ requests: [] })
    renderPage()
    expect(await screen.findByRole('heading', { name: webhook.url })).toBeInTheDocument()
    expect(screen.getByText('1 given up in a row')).toBeInTheDocument()
    const log = await screen.findByRole('table', { name: 'Deliveries' })
    expect(within(log).getAllByRole('row')).toHaveLength(3)
    expect(log).toHaveTextContent('Failed')
    expect(log).toHaveTextContent('HTTP 500')
    await userEvent.click(screen.getByRole('button', { name: 'Load more deliveries' }))
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(4))
    const pages = sent(mock, 'GET', '/api/v1/webhooks/w1/deliveries').map((r) => new URL(r.url).searchParams.get('cursor'))
    expect(pages).toEqual([null, 'c2'])
  })

  it('filters the log by status and event type from the URL', async () => {
    const mock = mockApi({ requests: [] })
    renderPage('/admin/webhooks/w1?status=failed&event_type=invoice.issued')
    await screen.findByRole('table', { name: 'Deliveries' })
    const query = new URL(sent(mock, 'GET', '/api/v1/webhooks/w1/deliveries')[0]!.url).searchParams
    expect(query.get('status')).toBe('failed')
    expect(query.get('event_type')).toBe('invoice.issued')
  })

  it('opens a delivery with its attempts and payload, and replays it', async () => {
    const mock = mockApi({ requests: [], post: () => json(delivery('d9', 'pending', { replay_of_id: 'd1' }), 201) })
    renderPage()
    await screen.findByRole('table', { name: 'Deliveries' })
    await userEvent.click(screen.getAllByRole('button', { name: /^Delivery of sales_order.confirmed/ })[0]!)
    const dialog = await screen.findByRole('dialog', { name: 'Delivery' })
    const attempts = await within(dialog).findByRole('table', { name: 'Attempts' })
    expect(within(attempts).getAllByRole('row')).toHaveLength(3)
    expect(attempts).toHaveTextContent('1,234 ms')
    expect(attempts).toHaveTextContent('Internal Server Error')
    expect(attempts).toHaveTextContent('timed out after 10 s')
    expect(within(dialog).getByRole('region', { name: 'Payload' })).toHaveTextContent('SO/2026-27/00012')

    await userEvent.click(within(dialog).getByRole('button', { name: 'Replay this delivery' }))
    await waitFor(() => expect(sent(mock, 'POST', '/api/v1/webhooks/w1/deliveries/d1/replay')).toHaveLength(1))
    expect(sent(mock, 'POST', '/api/v1/webhooks/w1/deliveries/d1/replay')[0]!.headers.get('Idempotency-Key')).toBeTruthy()
    expect(await screen.findByText('sales_order.confirmed queued again as a new delivery')).toBeInTheDocument()
  })

  it('replays a time range and says how many were queued', async () => {
    const mock = mockApi({ requests: [], post: () => json({ queued: 42 }) })
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Replay a time range…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Replay a time range' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replay these events' }))
    expect(await screen.findByText('42 deliveries queued')).toBeInTheDocument()
    const [request] = sent(mock, 'POST', '/api/v1/webhooks/w1/replay')
    const body = (await request!.json()) as { since: string; until: string }
    expect(new Date(body.until).getTime() - new Date(body.since).getTime()).toBeCloseTo(24 * 3600_000, -5)
  })

  it('shows the API’s refusal of the range at the field it names', async () => {
    mockApi({
      requests: [],
      post: () =>
        problem(422, { code: 'validation_error', title: 'Validation failed', errors: [{ loc: ['body', 'until'], msg: 'must be after since', type: 'value_error' }] }),
    })
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Replay a time range…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Replay a time range' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replay these events' }))
    expect(await within(dialog).findByText('must be after since')).toBeInTheDocument()
  })

  it('pauses deliveries with the ETag it was read with', async () => {
    const mock = mockApi({ requests: [], post: () => json({ ...webhook, version: 4, is_enabled: false }, 200, { ETag: '"4"' }) })
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }))
    await waitFor(() => expect(sent(mock, 'PATCH', '/api/v1/webhooks/w1')).toHaveLength(1))
    const [patch] = sent(mock, 'PATCH', '/api/v1/webhooks/w1')
    expect(patch!.headers.get('If-Match')).toBe('"3"')
    expect(await patch!.json()).toEqual({ is_enabled: false })
  })

  it('edits with If-Match and, on a 412, shows both values and saves the choices with the new ETag', async () => {
    // Someone else paused it and changed its description (version 4) while the dialog was open.
    const theirs = { ...webhook, version: 4, is_enabled: false, description: 'Paused for the SAP upgrade' }
    let stored = { body: webhook, etag: '"3"' }
    const patches: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      const path = new URL(request.url).pathname
      if (request.method === 'PATCH') {
        patches.push(request.clone())
        if (request.headers.get('If-Match') !== stored.etag) return problem(412, { code: 'precondition_failed', title: 'Changed' })
        return json({ ...stored.body, version: 5, url: 'https://erp.example.com/hooks/v2' }, 200, { ETag: '"5"' })
      }
      if (path === '/api/v1/webhooks/w1') return json(stored.body, 200, { ETag: stored.etag })
      if (path === '/api/v1/webhooks/event-types') return json([{ type: 'invoice.issued', description: 'An invoice was issued' }, { type: 'sales_order.confirmed', description: 'A sales order was confirmed' }])
      return json({ items: [], next_cursor: null })
    })
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit webhook' })
    stored = { body: theirs, etag: '"4"' }
    const url = within(dialog).getByLabelText(/^URL/)
    await userEvent.clear(url)
    await userEvent.type(url, 'https://erp.example.com/hooks/v2')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))

    const resolver = await within(dialog).findByRole('region', { name: 'Someone else changed this record' })
    expect(patches[0]!.headers.get('If-Match')).toBe('"3"')
    expect(await patches[0]!.json()).toEqual({ url: 'https://erp.example.com/hooks/v2' })
    expect(resolver).toHaveTextContent('Deliveries: Paused')
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(patches).toHaveLength(2))
    expect(patches[1]!.headers.get('If-Match')).toBe('"4"')
    expect(await patches[1]!.json()).toEqual({ url: 'https://erp.example.com/hooks/v2' })
  })

  it('deletes the webhook once confirmed and goes back to the list', async () => {
    const mock = mockApi({ requests: [], post: () => new Response(null, { status: 204 }) })
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'More' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete…' }))
    const confirm = await screen.findByRole('dialog', { name: 'Delete this webhook?' })
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete the webhook' }))
    expect(await screen.findByText('Webhooks list')).toBeInTheDocument()
    expect(sent(mock, 'DELETE', '/api/v1/webhooks/w1')).toHaveLength(1)
  })
})
