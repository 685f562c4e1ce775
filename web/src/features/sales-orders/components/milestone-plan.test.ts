import { describe, expect, it } from 'vitest'
import { milestoneErrors, emptyMilestone, planSum, plannedOf, progressOf } from './milestone-plan'

describe('the milestone plan against the order total', () => {
  it('adds percents of the total and amounts exactly, as the server checks', () => {
    const rows = [
      { kind: 'percent' as const, value: '50' },
      { kind: 'percent' as const, value: '50' },
    ]
    expect(planSum(rows, '118000.00')).toEqual({ sum: '118000', remaining: '0', balanced: true, percent: '100' })
    expect(planSum([{ kind: 'percent', value: '30' }, { kind: 'amount', value: '1000' }], '10000')).toMatchObject({ sum: '4000', remaining: '6000', balanced: false })
  })

  it('keeps the fractions a percent leaves, so 33.33 % three times is not the whole', () => {
    expect(plannedOf({ kind: 'percent', value: '33.33' }, '1000.00')).toBe('333.3')
    const third = { kind: 'percent' as const, value: '33.33' }
    expect(planSum([third, third, third], '1000.00')).toMatchObject({ balanced: false, remaining: '0.1', percent: '99.99' })
  })

  it('counts a row that is not a number yet as nothing', () => {
    expect(planSum([{ kind: 'amount', value: '' }, { kind: 'amount', value: 'abc' }], '10')).toMatchObject({ sum: '0', remaining: '10', balanced: false })
    expect(planSum([], '0')).toMatchObject({ balanced: true })
  })

  it('names the field of each row that is wrong', () => {
    const rows = [emptyMilestone({ label: 'Advance', value: '120' }), emptyMilestone({ label: '', value: '0', trigger: 'on_date' })]
    expect(milestoneErrors(rows)).toEqual({
      'milestones.0.value': 'At most 100',
      'milestones.1.label': 'Name the milestone',
      'milestones.1.value': 'More than 0',
      'milestones.1.due_date': 'Pick the date',
    })
    expect(milestoneErrors([emptyMilestone({ label: 'Balance', kind: 'amount', value: '250.5' })])).toEqual({})
  })

  it('measures invoiced and collected against the planned total', () => {
    const p = progressOf([
      { planned_amount: '500.00', invoiced_amount: '500.00', collected_amount: '250.00' },
      { planned_amount: '500.00', invoiced_amount: '0.00', collected_amount: '0.00' },
    ])
    expect(p).toMatchObject({ invoiced: 50, collected: 25, plannedAmount: '1000' })
    expect(progressOf([]).invoiced).toBe(0)
  })
})
