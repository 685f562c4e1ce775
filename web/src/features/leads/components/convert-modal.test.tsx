import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { Lead } from '../api/get-leads'
import { ConvertModal } from './convert-modal'

afterEach(() => vi.restoreAllMocks())

const lead = {
  id: 'l1',
  person_name: 'Kavita Rao',
  company_name: 'Acme Pumps (new plant)',
  product_interest: 'Chillers',
  estimated_value: '750000.00',
  currency: 'INR',
} as unknown as Lead

const twins = () =>
  problem(409, {
  code: 'leads.possible_duplicates',
  candidates: [{ kind: 'customer', id: 'c9', name: 'Acme Pumps', customer_id: 'c9', match_field: 'email', visible: true }],
})

const conversion = { lead, customer_id: 'c9', contact_id: null, opportunity: { id: 'o1', title: 'Chillers' } }

/** The convert endpoint answers 409 then 201; the customer picker's searches get an empty page. */
function mockApi() {
  const answers = [twins(), json(conversion, 201)]
  const converts: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    if (!request.url.endsWith('/convert')) return json({ items: [], next_cursor: null })
    converts.push(request)
    return answers.shift()!
  })
  return converts
}

describe('ConvertModal', () => {
  it('offers to link the existing customer the API found, and converts onto it', async () => {
    const converts = mockApi()
    const onConverted = vi.fn()
    renderWithApp(<ConvertModal lead={lead} onClose={vi.fn()} onConverted={onConverted} />)
    await userEvent.click(screen.getByRole('button', { name: 'Convert' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Link Acme Pumps' }))
    await waitFor(() => expect(onConverted).toHaveBeenCalledWith(conversion))
    const second = await converts[1]!.json()
    expect(second).toMatchObject({ customer_id: 'c9', create_new_customer: false, amount: '750000.00' })
  })

  it('creates a new customer when told it is a different company', async () => {
    const converts = mockApi()
    renderWithApp(<ConvertModal lead={lead} onClose={vi.fn()} onConverted={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: 'Convert' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Create a new customer' }))
    await waitFor(() => expect(converts).toHaveLength(2))
    const [first, second] = converts
    expect(await second!.json()).toMatchObject({ customer_id: null, create_new_customer: true })
    expect(second!.headers.get('Idempotency-Key')).not.toBe(first!.headers.get('Idempotency-Key'))
  })
})
