import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { Lead } from '../api/get-leads'
import { EditLeadModal } from './edit-lead-modal'

afterEach(() => vi.restoreAllMocks())

const lead = {
  id: 'l1',
  version: 3,
  person_name: 'Kavita Rao',
  job_title: null,
  company_name: 'Acme Pumps',
  email: 'kavita@acme.example',
  phone: null,
  industry: null,
  product_interest: 'Chillers',
  estimated_value: '500000.00',
  currency: 'INR',
  notes: null,
} as unknown as Lead

describe('EditLeadModal', () => {
  it('sends only what changed, with the If-Match it was loaded with', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ ...lead, phone: '+91 98200 00001' }))
    const onClose = vi.fn()
    renderWithApp(<EditLeadModal lead={lead} etag={'"3"'} onClose={onClose} onReload={vi.fn()} />)
    await userEvent.type(screen.getByLabelText('Phone'), '+91 98200 00001')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const request = fetchMock.mock.calls[0]![0] as Request
    expect(request.method).toBe('PATCH')
    expect(request.headers.get('If-Match')).toBe('"3"')
    expect(await request.json()).toEqual({ phone: '+91 98200 00001' })
  })

  it('explains a 412 and reloads on request', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(412, { code: 'precondition_failed', title: 'The record was changed by someone else' }))
    const onReload = vi.fn()
    renderWithApp(<EditLeadModal lead={lead} etag={'"3"'} onClose={vi.fn()} onReload={onReload} />)
    await userEvent.type(screen.getByLabelText('Industry'), 'Pharma')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Someone else changed this record')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Reload latest version' }))
    expect(onReload).toHaveBeenCalled()
  })
})
