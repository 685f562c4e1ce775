import { describe, expect, it } from 'vitest'
import { mileageText } from './expense-labels'
import { approvalBody, rejectionBody, reviewSummary } from './expense-review'

const lines = [
  { id: 'a', amount: '700.00' },
  { id: 'b', amount: '450.00' },
  { id: 'c', amount: '382.50' },
]

describe('reviewing an expense report', () => {
  it('starts with every line approved', () => {
    const summary = reviewSummary(lines, {})
    expect(summary).toMatchObject({ approved: 3, rejected: 0, approvedTotal: '1532.5', canApprove: true })
  })

  it('needs a reason for each rejected line before approving the rest', () => {
    const without = reviewSummary(lines, { b: { decision: 'rejected', comment: '  ' } })
    expect(without).toMatchObject({ approved: 2, rejected: 1, approvedTotal: '1082.5', missingComments: ['b'], canApprove: false })
    const withReason = reviewSummary(lines, { b: { decision: 'rejected', comment: 'Above the food limit' } })
    expect(withReason.canApprove).toBe(true)
  })

  it('cannot approve when every line is rejected: that is a rejection of the report', () => {
    const all = Object.fromEntries(lines.map((l) => [l.id, { decision: 'rejected' as const, comment: 'no' }]))
    expect(reviewSummary(lines, all)).toMatchObject({ approved: 0, canApprove: false })
  })

  it('sends every line with its verdict and the trimmed comments', () => {
    expect(approvalBody(lines, { b: { decision: 'rejected', comment: ' Above the food limit ' } }, '  ')).toEqual({
      approve: true,
      comment: null,
      lines: [
        { line_id: 'a', decision: 'approved', comment: null },
        { line_id: 'b', decision: 'rejected', comment: 'Above the food limit' },
        { line_id: 'c', decision: 'approved', comment: null },
      ],
    })
    expect(rejectionBody(' Dates are outside the trip ')).toEqual({ approve: false, comment: 'Dates are outside the trip', lines: [] })
  })
})

describe('mileageText', () => {
  it('shows km × the rate per km and the vehicle for a mileage line', () => {
    expect(mileageText({ category: 'mileage', distance_km: '42.50', amount: '382.50', currency: 'INR', vehicle_type: 'car' })).toBe('42.5 km × ₹9.00/km (car)')
    expect(mileageText({ category: 'mileage', distance_km: '10.00', amount: '40.00', currency: 'INR', vehicle_type: 'two_wheeler' })).toBe('10 km × ₹4.00/km (two-wheeler)')
  })

  it('is nothing for other lines', () => {
    expect(mileageText({ category: 'food', distance_km: null, amount: '700.00', currency: 'INR', vehicle_type: null })).toBeNull()
  })
})
