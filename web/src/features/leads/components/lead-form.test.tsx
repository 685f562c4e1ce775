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

async function fillAndSubmit() {
  await userEvent.type(screen.getByLabelText('Company'), 'Acme Pumps (new plant)')
  await userEvent.type(screen.getByLabelText('Email'), 'buy@acme.example')
  await userEvent.click(screen.getByRole('button', { name: 'Capture lead' }))
}

describe('LeadForm', () => {
  it('warns about possible duplicates, then creates the lead anyway on request', async () => {
    const created = { id: 'l1', company_name: 'Acme Pumps (new plant)' }
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(duplicates).mockResolvedValueOnce(json(created, 201))
    const onCreated = vi.fn()
    renderWithApp(<LeadForm canAssign={false} onCreated={onCreated} onCancel={vi.fn()} />)
    await fillAndSubmit()

    expect(await screen.findByText('This lead may already exist')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Acme Pumps' })).toHaveAttribute('href', '/customers/c1')
    expect(screen.getByText('A lead you cannot see has the same phone.')).toBeInTheDocument()
    expect(onCreated).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Create anyway' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created))
    const [first, second] = fetchMock.mock.calls.map((c) => c[0] as Request)
    expect((await first!.json()).allow_duplicate).toBe(false)
    expect(await second!.json()).toMatchObject({ allow_duplicate: true, company_name: 'Acme Pumps (new plant)', email: 'buy@acme.example' })
    expect(second!.headers.get('Idempotency-Key')).not.toBe(first!.headers.get('Idempotency-Key'))
  })

  it('needs a person or a company', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch')
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: 'Capture lead' }))
    expect(await screen.findByText('Enter a person or a company')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('puts the API’s field errors on the fields', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      problem(422, { code: 'validation_error', errors: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }] }),
    )
    renderWithApp(<LeadForm canAssign={false} onCreated={vi.fn()} onCancel={vi.fn()} />)
    await fillAndSubmit()
    expect(await screen.findByText('value is not a valid email address')).toBeInTheDocument()
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
  })
})
