import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import { Component as PrivacyPage } from './privacy'

beforeEach(() => tokenStore.set({ accessToken: 'a', refreshToken: 'r' }))
afterEach(() => vi.restoreAllMocks())

const stamp = { created_at: '2026-11-29T10:00:00Z', updated_at: '2026-11-29T10:00:00Z', version: 1 }
const earlier = {
  id: 'x1',
  kind: 'contact',
  subject_id: '01a22bbb-1be5-7557-a606-01e35add7401',
  also_erased: [{ kind: 'lead', id: '01a22bbb-0000-7000-8000-000000000009' }],
  reason: 'Erasure request by e-mail, ticket 4711',
  erased_by_id: 'a1',
  rows_scrubbed: { contacts: 1, events: 4, leads: 1 },
  ...stamp,
}
const lead = { id: 'l1', person_name: 'Ravi Kumar', company_name: 'Kumar Textiles', email: 'ravi@kumar.example', phone: '+91 98450 12345' }

function mockApi(onPost: (request: Request) => Response | Promise<Response>) {
  const posts: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    const url = new URL(request.url)
    if (request.method === 'POST') {
      posts.push(request.clone())
      return onPost(request)
    }
    if (url.pathname === '/api/v1/users/me') return json({ id: 'a1', role: 'admin', permissions: ['privacy:manage'] })
    if (url.pathname === '/api/v1/users') return json({ items: [{ id: 'a1', full_name: 'Asha Admin', role: 'admin' }], next_cursor: null })
    if (url.pathname === '/api/v1/privacy/erasures') return json({ items: [earlier], next_cursor: null })
    if (url.pathname === '/api/v1/leads') return json({ items: [lead], next_cursor: null })
    return json({ items: [], next_cursor: null })
  })
  return posts
}

async function pickLead() {
  await userEvent.click(await screen.findByRole('radio', { name: 'A lead' }))
  await userEvent.click(screen.getByRole('textbox', { name: 'Lead' }))
  await userEvent.click(await screen.findByRole('option', { name: /Ravi Kumar/ }))
  await screen.findByRole('button', { name: 'Erase…' })
}

describe('Personal data page', () => {
  it('lists each erasure: when, who erased, which records, why and how much was scrubbed', async () => {
    mockApi(() => json({}))
    renderWithApp(<PrivacyPage />, { route: '/admin/privacy' })
    const table = await screen.findByRole('table', { name: 'Erasures' })
    const row = within(table).getAllByRole('row')[1]!
    expect(row).toHaveTextContent('29 Nov 2026')
    await waitFor(() => expect(row).toHaveTextContent('Asha Admin'))
    expect(row).toHaveTextContent('Contact')
    expect(row).toHaveTextContent('01a22bbb-1be5-7557-a606-01e35add7401')
    expect(row).toHaveTextContent('and its lead 01a22bbb-0000-7000-8000-000000000009')
    expect(row).toHaveTextContent('Erasure request by e-mail, ticket 4711')
    expect(row).toHaveTextContent('6 in 3 tables')
  })

  it('erases a lead only with a reason and a confirmation, once (Idempotency-Key)', async () => {
    const posts = mockApi(() => json({ ...earlier, id: 'x2', kind: 'lead', subject_id: 'l1', also_erased: [], reason: 'GDPR request 88' }, 201))
    renderWithApp(<PrivacyPage />, { route: '/admin/privacy' })
    await pickLead()
    expect(screen.getByText(/Kumar Textiles · ravi@kumar.example/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Erase…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Erase Ravi Kumar?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }))
    expect(await within(dialog).findByText('Say why: the request’s reference, the legal ground')).toBeInTheDocument()
    expect(within(dialog).getByText('Confirm that this cannot be undone')).toBeInTheDocument()
    expect(posts).toHaveLength(0)

    await userEvent.type(within(dialog).getByLabelText(/^Reason/), 'GDPR request 88')
    await userEvent.click(within(dialog).getByRole('checkbox'))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(await posts[0]!.json()).toEqual({ kind: 'lead', subject_id: 'l1', reason: 'GDPR request 88' })
    expect(posts[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText('The lead is erased; the record of it is below.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Erase…' })).not.toBeInTheDocument()
  })

  it('shows the API’s refusal of the reason at the reason field', async () => {
    mockApi(() =>
      problem(422, {
        code: 'validation_error',
        title: 'Validation failed',
        errors: [{ loc: ['body', 'reason'], msg: 'String should have at most 1000 characters', type: 'string_too_long' }],
      }),
    )
    renderWithApp(<PrivacyPage />, { route: '/admin/privacy' })
    await pickLead()
    await userEvent.click(screen.getByRole('button', { name: 'Erase…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Erase Ravi Kumar?' })
    await userEvent.type(within(dialog).getByLabelText(/^Reason/), 'Because')
    await userEvent.click(within(dialog).getByRole('checkbox'))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }))
    expect(await within(dialog).findByText('String should have at most 1000 characters')).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveAttribute('aria-invalid', 'true')
  })
})
