import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithApp } from '@/test/render'
import type { ExpenseLine, ExpenseReportDetail } from '../api/expense-reports'
import { ExpenseReviewPanel } from './expense-review-panel'

afterEach(() => vi.restoreAllMocks())

const RECEIPT = {
  id: '0193a000-0000-7000-8000-000000000001',
  filename: 'dinner.jpg',
  content_type: 'image/jpeg',
  size_bytes: 48_000,
  width: 1200,
  height: 1600,
  url: '/api/v1/files/0193a000-0000-7000-8000-000000000001/content',
  thumbnail_url: '/api/v1/files/0193a000-0000-7000-8000-000000000001/thumbnail',
  created_at: '2026-11-24T09:05:00Z',
}

const line = (id: string, over: Partial<ExpenseLine>): ExpenseLine => ({
  id,
  report_id: 'r1',
  owner_id: 'e1',
  created_at: '2026-11-24T09:00:00Z',
  updated_at: '2026-11-24T09:00:00Z',
  version: 1,
  expense_date: '2026-11-24',
  category: 'food',
  amount: '0.00',
  currency: 'INR',
  distance_km: null,
  vehicle_type: null,
  notes: null,
  receipts: [],
  is_over_limit: false,
  decision: 'pending',
  decision_comment: null,
  ...over,
})

const report: ExpenseReportDetail = {
  id: 'r1',
  created_at: '2026-11-26T09:00:00Z',
  updated_at: '2026-11-26T09:00:00Z',
  version: 3,
  owner_id: 'e1',
  title: 'Nashik visits',
  period_start: '2026-11-23',
  period_end: '2026-11-25',
  currency: 'INR',
  status: 'submitted',
  submitted_at: '2026-11-26T09:00:00Z',
  decided_at: null,
  decided_by_id: null,
  decision_comment: null,
  reimbursed_on: null,
  reimbursement_reference: null,
  lines: [
    line('a', { amount: '700.00', notes: 'Lunch' }),
    line('b', { amount: '450.00', notes: 'Dinner', is_over_limit: true, receipts: [RECEIPT] }),
    line('c', { category: 'mileage', amount: '382.50', distance_km: '42.50', vehicle_type: 'car' }),
  ],
  total: '1532.50',
  approved_total: '1532.50',
  totals_by_category: [
    { category: 'food', amount: '1150.00' },
    { category: 'mileage', amount: '382.50' },
  ],
}

function mockDecide() {
  const sent: Request[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const request = input as Request
    sent.push(request)
    return json({ ...report, status: 'approved', version: 4 })
  })
  return sent
}

describe('ExpenseReviewPanel', () => {
  it("downloads a line's receipt through the files API (with the token a plain link could not send)", async () => {
    const asked: string[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      asked.push((input as Request).url)
      return new Response(new Blob(['jpeg'], { type: 'image/jpeg' }), {
        headers: { 'Content-Type': 'image/jpeg', 'Content-Disposition': 'inline; filename="dinner.jpg"' },
      })
    })
    const createUrl = vi.fn(() => 'blob:receipt')
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() })
    try {
      renderWithApp(<ExpenseReviewPanel report={report} />)
      await userEvent.click(screen.getByRole('button', { name: 'Receipt 1 of 1: dinner.jpg' }))
      await waitFor(() => expect(createUrl).toHaveBeenCalledTimes(1))
      expect(asked).toEqual([expect.stringMatching(/\/api\/v1\/files\/0193a000-0000-7000-8000-000000000001\/content$/)])
    } finally {
      Object.assign(URL, original)
    }
  })

  it('shows each line with what makes its amount and the policy flag', () => {
    renderWithApp(<ExpenseReviewPanel report={report} />)
    const table = screen.getByRole('table', { name: 'Expense lines' })
    expect(within(table).getByText('42.5 km × ₹9.00/km (car)')).toBeInTheDocument()
    const second = within(table).getByRole('row', { name: 'Line 2' })
    expect(second).toHaveTextContent('Over limit')
    expect(within(second).getByRole('button', { name: 'Receipt 1 of 1: dinner.jpg' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Approve all' })).toBeEnabled()
    // Rejecting the whole report needs a word to the engineer.
    expect(screen.getByRole('button', { name: 'Reject report' })).toBeDisabled()
  })

  it('rejects one line with its reason and approves the rest, with an Idempotency-Key', async () => {
    const sent = mockDecide()
    const onDecided = vi.fn()
    renderWithApp(<ExpenseReviewPanel report={report} onDecided={onDecided} />)
    const second = screen.getByRole('row', { name: 'Line 2' })
    await userEvent.click(within(second).getByRole('radio', { name: 'Reject' }))
    const approve = screen.getByRole('button', { name: 'Approve 2 of 3 lines' })
    expect(approve).toBeDisabled()
    expect(screen.getByTestId('review-summary')).toHaveTextContent('Approving 2 of 3 lines: ₹1,082.50 (1 rejected).')
    await userEvent.type(within(second).getByRole('textbox', { name: /Why line 2 is rejected/ }), 'Above the daily food limit')
    await userEvent.click(approve)
    await waitFor(() => expect(onDecided).toHaveBeenCalled())
    const request = sent.find((r) => r.url.endsWith('/api/v1/expense-reports/r1/decide'))!
    expect(request.method).toBe('POST')
    expect(request.headers.get('Idempotency-Key')).toBeTruthy()
    expect(await request.json()).toEqual({
      approve: true,
      comment: null,
      lines: [
        { line_id: 'a', decision: 'approved', comment: null },
        { line_id: 'b', decision: 'rejected', comment: 'Above the daily food limit' },
        { line_id: 'c', decision: 'approved', comment: null },
      ],
    })
  })

  it('rejects the whole report with the comment', async () => {
    const sent = mockDecide()
    renderWithApp(<ExpenseReviewPanel report={report} />)
    await userEvent.type(screen.getByRole('textbox', { name: /Comment to the engineer/ }), 'Wrong trip dates')
    await userEvent.click(screen.getByRole('button', { name: 'Reject report' }))
    await waitFor(() => expect(sent).toHaveLength(1))
    expect(await sent[0]!.json()).toEqual({ approve: false, comment: 'Wrong trip dates', lines: [] })
  })
})
