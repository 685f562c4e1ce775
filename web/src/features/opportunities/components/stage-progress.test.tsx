import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithApp } from '@/test/render'
import type { Pipeline } from '@/lib/lookups/pipelines'
import { advance, lost, opportunity, orderAcceptance, potential, proposal, purchaseOrder, won } from './fixtures.test-data'
import { StageProgress } from './stage-progress'

const pipeline = {
  id: 'p1',
  name: 'Field sales',
  description: null,
  is_default: true,
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
  version: 1,
  stages: [potential, proposal, purchaseOrder, advance, orderAcceptance, won, lost],
} as Pipeline

const stateOf = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}:`) }).getAttribute('data-state')

describe('StageProgress', () => {
  it('marks a stage the deal jumped over as skipped, not ticked as done', () => {
    const deal = opportunity('o1', orderAcceptance.id, { skipped_stage_ids: [proposal.id] })
    renderWithApp(<StageProgress opportunity={deal} pipeline={pipeline} />)
    expect(stateOf('Potential')).toBe('done')
    expect(stateOf('Proposal')).toBe('skipped')
    expect(stateOf('Purchase order')).toBe('done')
    expect(stateOf('Advance')).toBe('done')
    expect(stateOf('Order acceptance')).toBe('current')
    expect(screen.getByText('Skipped')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Proposal: skipped' })).toBeInTheDocument()
  })

  it('shows a deal won from Proposal as having reached Proposal only', () => {
    const deal = opportunity('o1', won.id, { status: 'won', closed_from_stage_id: proposal.id })
    renderWithApp(<StageProgress opportunity={deal} pipeline={pipeline} />)
    expect([stateOf('Potential'), stateOf('Proposal')]).toEqual(['done', 'done'])
    expect([stateOf('Purchase order'), stateOf('Order acceptance')]).toEqual(['ahead', 'ahead'])
  })
})
