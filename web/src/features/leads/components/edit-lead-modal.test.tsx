import { screen, waitFor, within } from '@testing-library/react'
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

  it('on a 412 shows both values, and saves the chosen ones with the new version', async () => {
    // Someone else saved version 4: industry and notes changed, the phone did not.
    const theirs = { ...lead, version: 4, industry: 'Chemicals', notes: 'Met at the expo' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      if (request.method === 'GET') return json(theirs, 200, { ETag: '"4"' })
      sent.push(request)
      if (request.headers.get('If-Match') === '"3"') return problem(412, { code: 'precondition_failed', title: 'Changed' })
      return json({ ...theirs, version: 5 }, 200, { ETag: '"5"' })
    })
    const onReload = vi.fn()
    const onClose = vi.fn()
    renderWithApp(<EditLeadModal lead={lead} etag={'"3"'} onClose={onClose} onReload={onReload} />)
    await userEvent.type(screen.getByLabelText('Industry'), 'Pharma')
    await userEvent.type(screen.getByLabelText('Phone'), '+91 98200 00001')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const resolver = await screen.findByRole('region', { name: 'Someone else changed this record' })
    await waitFor(() => expect(resolver).toHaveFocus())
    const industry = await within(resolver).findByRole('radiogroup', { name: /^Industry/ })
    expect(industry).toHaveAccessibleName('Industry Both changed')
    expect(within(industry).getByRole('radio', { name: /Yours.*Pharma/ })).not.toBeChecked()
    expect(within(industry).getByRole('radio', { name: /Saved by someone else.*Chemicals/ })).not.toBeChecked()
    const phone = within(resolver).getByRole('radiogroup', { name: /^Phone/ })
    expect(within(phone).getByRole('radio', { name: /Yours/ })).toBeChecked()
    expect(resolver).toHaveTextContent('Also changed by them')
    expect(resolver).toHaveTextContent('Notes: Met at the expo')

    // Both-changed fields have no default: saving asks for a choice first.
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    expect(await within(resolver).findByText('Choose which value to keep')).toBeInTheDocument()
    expect(sent).toHaveLength(1)

    await userEvent.click(within(industry).getByRole('radio', { name: /Saved by someone else/ }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toHaveLength(2)
    expect(sent[1]!.method).toBe('PATCH')
    expect(sent[1]!.headers.get('If-Match')).toBe('"4"')
    expect(await sent[1]!.json()).toEqual({ phone: '+91 98200 00001' })
    expect(onReload).toHaveBeenCalled()
  })
})
