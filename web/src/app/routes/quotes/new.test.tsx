import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as NewQuotePage } from './new'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

const PRODUCT = { id: 'p1', sku: 'PMP-0001', name: 'Centrifugal pump 0.5 HP', unit: 'nos', is_active: true }
const ME = { id: 'u1', role: 'sales_engineer', full_name: 'Arun Kumar', permissions: ['quotes:read', 'quotes:write', 'products:read'] }

/** The builder's reads by URL; each POST answers in turn from `posts`. */
function mockApi(posts: (() => Response)[]) {
  const sent: Request[] = []
  const asked: URL[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (request.method === 'POST') {
      sent.push(request)
      return posts.shift()!()
    }
    asked.push(url)
    const path = url.pathname
    if (path === '/api/v1/users/me') return json(ME)
    if (path === '/api/v1/discount-limits') return json([{ role: 'sales_engineer', max_percent: '10.0000', version: 1 }])
    if (path === '/api/v1/customers/c1') return json({ id: 'c1', name: 'Acme Pumps', currency: 'INR', contacts: [{ id: 'k1', name: 'Kavita Rao' }] })
    if (path === '/api/v1/products') return json({ items: [PRODUCT], next_cursor: null })
    if (path === '/api/v1/products/p1') return json(PRODUCT)
    if (path === '/api/v1/prices') {
      const many = Number(url.searchParams.get('quantity')) >= 10
      return json({
        unit_price: many ? '1100.0000' : '1249.5000',
        source: 'segment_list',
        price_list_name: 'Key accounts',
        min_quantity: many ? '10.0000' : '1.0000',
      })
    }
    return json({ items: [], next_cursor: null })
  })
  return { sent, asked }
}

describe('the quote builder', () => {
  it('prices a line from the price list, follows its quantity break, warns above the limit, and sends the line', async () => {
    const { sent, asked } = mockApi([
      () => problem(422, { code: 'validation_error', title: 'Invalid', errors: [{ loc: ['body', 'lines', 0, 'quantity'], msg: 'too many for one quote', type: 'value_error' }] }),
      () => json({ id: 'q1', display_number: 'Q/2026-27/00001', version: 1 }, 201),
    ])
    renderWithApp(<NewQuotePage />, { route: '/quotes/new?customer_id=c1' })
    const line = await screen.findByRole('group', { name: 'Line 1' })

    await userEvent.click(within(line).getByRole('textbox', { name: 'Product' }))
    await userEvent.click(await screen.findByRole('option', { name: 'PMP-0001 · Centrifugal pump 0.5 HP' }))
    const price = within(line).getByRole('textbox', { name: 'Unit price' })
    await waitFor(() => expect(price).toHaveValue('1249.5'))
    expect(line).toHaveTextContent('Segment price list Key accounts')
    expect(asked.find((u) => u.pathname === '/api/v1/prices')?.searchParams.get('customer_id')).toBe('c1')

    // Ten units reach the quantity break: the list's price follows.
    const quantity = within(line).getByRole('textbox', { name: 'Quantity' })
    await userEvent.clear(quantity)
    await userEvent.type(quantity, '10')
    await userEvent.tab()
    await waitFor(() => expect(price).toHaveValue('1100'))
    expect(line).toHaveTextContent('Key accounts, from 10 units')

    // 12% is above the engineer's 10%: said at the line and for the quote, before anything is sent.
    const discount = within(line).getByRole('textbox', { name: 'Discount %' })
    await userEvent.clear(discount)
    await userEvent.type(discount, '12')
    expect(line).toHaveTextContent('Above your limit of 10%')
    expect(screen.getByRole('status', { name: 'This quote will need approval' })).toBeInTheDocument()
    await userEvent.clear(discount)
    await userEvent.type(discount, '10')
    expect(screen.queryByText('This quote will need approval')).toBeNull()

    // The server's field error is drawn at the field, which takes the focus.
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }))
    await waitFor(() => expect(quantity).toHaveFocus())
    expect(quantity).toHaveAccessibleDescription(/too many for one quote/)

    await userEvent.clear(quantity)
    await userEvent.type(quantity, '8')
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }))
    await waitFor(() => expect(sent).toHaveLength(2))
    const body = (await sent[1]!.clone().json()) as { customer_id: string; lines: unknown[] }
    expect(body.customer_id).toBe('c1')
    expect(body.lines).toEqual([{ product_id: 'p1', description: null, quantity: '8', unit_price: null, discount_percent: '10', is_optional: false }])
    // A corrected input is a new intent: a new key.
    expect(sent[1]!.headers.get('Idempotency-Key')).not.toBe(sent[0]!.headers.get('Idempotency-Key'))
    // A whole builder session typed key by key: more than the default 5 s on a busy machine.
  }, 30_000)
})
