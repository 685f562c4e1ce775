import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithApp } from '@/test/render'
import { duplicateInput } from '../api/check-duplicates'
import { LeadForm } from './lead-form'

afterEach(() => vi.restoreAllMocks())

const CHECK = '/api/v1/leads/duplicates'
const twin = { kind: 'customer', id: 'c1', name: 'Acme Pumps', customer_id: 'c1', match_field: 'email', visible: true }
const hidden = { kind: 'lead', id: null, name: null, customer_id: null, match_field: 'phone', visible: false }

/** Duplicate checks answered by `answer(request)`; returns the checks sent. */
function checksAnswered(answer: (request: Request) => Promise<Response>) {
  const mock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    if (new URL(request.url).pathname !== CHECK) throw new Error(`unexpected ${request.url}`)
    return answer(request)
  })
  return () => mock.mock.calls.map((c) => c[0] as Request)
}

const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams)

describe('duplicateInput', () => {
  it('sends only what could match: a whole email, 8+ digits of phone, a whole GSTIN', () => {
    expect(duplicateInput({ email: 'buy@acme', phone: '98200', tax_id: '27AAPFU' })).toBeNull()
    expect(duplicateInput({ email: ' Buy@Acme.example ', phone: '+91 98200 1', tax_id: '27aapfu0939f1zv' })).toEqual({
      email: 'buy@acme.example',
      phone: '+91 98200 1',
      tax_id: '27AAPFU0939F1ZV',
    })
  })
})

describe('LeadForm while typing', () => {
  it('warns about a twin once typing pauses, with one request for the whole email', async () => {
    const checks = checksAnswered(async () => json({ candidates: [twin, hidden] }))
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    await userEvent.type(screen.getByLabelText('Email'), 'buy@acme.example')

    expect(await screen.findByText('Possible duplicate')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Acme Pumps' })).toHaveAttribute('href', '/customers/c1')
    expect(screen.getByText('A lead you cannot see has the same phone.')).toBeInTheDocument()
    expect(checks()).toHaveLength(1)
    expect(query(checks()[0]!)).toEqual({ email: 'buy@acme.example' })
    // The notice informs; it does not take the focus from the field being typed in.
    expect(screen.getByLabelText('Email')).toHaveFocus()
  })

  it('sends nothing for details that cannot match yet', async () => {
    const checks = checksAnswered(async () => json({ candidates: [] }))
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    await userEvent.type(screen.getByLabelText('Email'), 'buy@acme')
    await userEvent.type(screen.getByLabelText('Phone'), '98200')
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(checks()).toHaveLength(0)
    expect(screen.queryByText('Possible duplicate')).not.toBeInTheDocument()
  })

  it('aborts the check of older input when newer input is checked, and shows the newer answer', async () => {
    const checks = checksAnswered(
      (request) =>
        new Promise((resolve, reject) => {
          if (query(request).phone === '+91 98200 11111') {
            // The older check hangs until it is aborted.
            request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
            return
          }
          resolve(json({ candidates: [{ ...hidden, kind: 'customer' }] }))
        }),
    )
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    const phone = screen.getByLabelText('Phone')
    await userEvent.type(phone, '+91 98200 11111')
    await waitFor(() => expect(checks()).toHaveLength(1))
    await userEvent.clear(phone)
    await userEvent.type(phone, '+91 98200 22222')

    expect(await screen.findByText('A customer you cannot see has the same phone.')).toBeInTheDocument()
    const [older, newer] = checks()
    expect(older!.signal.aborted).toBe(true)
    expect(query(newer!)).toEqual({ phone: '+91 98200 22222' })
  })
})
