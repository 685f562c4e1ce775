import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import { LeadForm } from './lead-form'

afterEach(() => vi.restoreAllMocks())

const duplicates = problem(409, {
  code: 'leads.possible_duplicates',
  title: 'Possible duplicates',
  candidates: [
    { kind: 'customer', id: 'c1', name: 'Acme Pumps', customer_id: 'c1', match_field: 'email', visible: true },
    { kind: 'lead', id: null, name: null, match_field: 'phone', visible: false },
  ],
})

/**
 * The API: the live duplicate check answers "no twins" (or `twins`); every
 * other call takes the next of `answers`. Returns the mock and the saves sent.
 */
function apiWith(answers: (Response | Error)[], twins: unknown[] = []) {
  const mock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    if (new URL(request.url).pathname === '/api/v1/leads/duplicates') return json({ candidates: twins })
    const next = answers.shift()
    if (next instanceof Error) throw next
    return next ?? json({})
  })
  const saves = () => mock.mock.calls.map((c) => c[0] as Request).filter((r) => r.method === 'POST')
  return { mock, saves }
}

const isBefore = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

async function fillAndSubmit() {
  await userEvent.type(screen.getByLabelText('Company'), 'Acme Pumps (new plant)')
  await userEvent.type(screen.getByLabelText('Email'), 'buy@acme.example')
  await userEvent.click(screen.getByRole('button', { name: 'Capture lead' }))
}

describe('LeadForm', () => {
  it('warns about possible duplicates, then creates the lead anyway on request', async () => {
    const created = { id: 'l1', company_name: 'Acme Pumps (new plant)' }
    const { saves } = apiWith([duplicates, json(created, 201)])
    const onCreated = vi.fn()
    renderWithApp(<LeadForm canAssign={false} onCreated={onCreated} onCancel={vi.fn()} />)
    await fillAndSubmit()

    expect(await screen.findByText('This lead may already exist')).toBeInTheDocument()
    // Where the user is looking: next to the button they pressed, with the focus.
    const warning = screen.getByRole('alert')
    expect(warning).toHaveFocus()
    expect(isBefore(screen.getByLabelText('Notes'), warning)).toBe(true)
    expect(isBefore(warning, screen.getByRole('button', { name: 'Capture lead' }))).toBe(true)
    expect(screen.getByRole('link', { name: 'Acme Pumps' })).toHaveAttribute('href', '/customers/c1')
    expect(screen.getByText('A lead you cannot see has the same phone.')).toBeInTheDocument()
    expect(onCreated).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Create anyway' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created))
    const [first, second] = saves()
    expect((await first!.json()).allow_duplicate).toBe(false)
    expect(await second!.json()).toMatchObject({ allow_duplicate: true, company_name: 'Acme Pumps (new plant)', email: 'buy@acme.example' })
    expect(second!.headers.get('Idempotency-Key')).not.toBe(first!.headers.get('Idempotency-Key'))
  })

  it('sends a retried capture with the same Idempotency-Key, and changed input with a new one', async () => {
    const { saves } = apiWith([new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), json({ id: 'l1' }, 201)])
    const onCreated = vi.fn()
    renderWithApp(<LeadForm canAssign={false} onCreated={onCreated} onCancel={vi.fn()} />)
    await fillAndSubmit()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Cannot reach the server')
    expect(alert).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Capture lead' }))
    await waitFor(() => expect(saves()).toHaveLength(2))
    await userEvent.type(screen.getByLabelText('Phone'), '+91 98200 00000')
    await userEvent.click(screen.getByRole('button', { name: 'Capture lead' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalled())
    const keys = saves().map((r) => r.headers.get('Idempotency-Key'))
    expect(keys[0]).toBeTruthy()
    expect(keys[1]).toBe(keys[0])
    expect(keys[2]).not.toBe(keys[0])
  })

  it('needs a person or a company', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch')
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: 'Capture lead' }))
    expect(await screen.findByText('Enter a person or a company')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('puts the API’s field errors on the fields', async () => {
    apiWith([
      problem(422, { code: 'validation_error', errors: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }] }),
    ])
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    await fillAndSubmit()
    expect(await screen.findByText('value is not a valid email address')).toBeInTheDocument()
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
  })
})
