import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, problem, renderWithApp } from '@/test/render'
import type { Opportunity } from '../api/get-board'
import { EditOpportunityModal } from './edit-opportunity-modal'

afterEach(() => vi.restoreAllMocks())

const deal = {
  id: 'o1',
  version: 7,
  title: 'Chillers for Pune plant',
  amount: '500000.0000',
  currency: 'INR',
  expected_close_date: '2026-12-15',
  probability: 40,
  notes: null,
  status: 'open',
} as unknown as Opportunity

describe('EditOpportunityModal', () => {
  it('on a 412 shows amounts and dates as the app does, and keeps the chosen amount', async () => {
    const theirs = { ...deal, version: 8, amount: '550000.0000', expected_close_date: '2027-01-10' }
    const sent: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = input as Request
      if (request.method === 'GET') return json(theirs, 200, { ETag: '"8"' })
      sent.push(request)
      if (request.headers.get('If-Match') === '"7"') return problem(412, { code: 'precondition_failed' })
      return json({ ...theirs, version: 9 }, 200, { ETag: '"9"' })
    })
    const onClose = vi.fn()
    renderWithApp(<EditOpportunityModal opportunity={deal} etag={'"7"'} onClose={onClose} onReload={vi.fn()} />)
    const amount = await screen.findByLabelText(/^Amount \(INR\)/)
    await userEvent.clear(amount)
    await userEvent.type(amount, '600000')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const resolver = await screen.findByRole('region', { name: 'Someone else changed this record' })
    const group = await within(resolver).findByRole('radiogroup', { name: /^Amount Both changed/ })
    expect(group).toHaveAccessibleDescription('When you opened it: ₹5,00,000.00')
    expect(within(resolver).getByText('Expected close: 10 Jan 2027')).toBeInTheDocument()
    await userEvent.click(within(group).getByRole('radio', { name: 'Yours ₹6,00,000.00' }))
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save with these choices' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent[1]!.headers.get('If-Match')).toBe('"8"')
    expect(await sent[1]!.json()).toEqual({ amount: '600000' })
  })
})
