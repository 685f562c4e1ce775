import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithApp } from '@/test/render'
import { StageHistory } from './stage-history'

afterEach(() => vi.restoreAllMocks())

describe('StageHistory', () => {
  it('names the people who moved the deal, not their emails', async () => {
    const moves = [
      { id: 'h1', opportunity_id: 'o1', from_stage_id: null, to_stage_id: 's1', moved_at: '2026-11-20T09:00:00Z', moved_by_id: 'u1', moved_by_label: 'eng1@example.com', seconds_in_previous_stage: null, probability: 10, details: {} },
      { id: 'h2', opportunity_id: 'o1', from_stage_id: 's1', to_stage_id: 's2', moved_at: '2026-11-25T09:00:00Z', moved_by_id: 'u9', moved_by_label: 'someone@example.com', seconds_in_previous_stage: 432000, probability: 30, details: {} },
    ]
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      (input as Request).url.includes('/users')
        ? json({ items: [{ id: 'u1', full_name: 'Arun Kumar', role: 'sales_engineer' }], next_cursor: null })
        : json(moves),
    )
    renderWithApp(<StageHistory opportunityId="o1" />)
    expect(await screen.findByText(/Arun Kumar/)).toBeInTheDocument()
    expect(screen.queryByText(/eng1@example\.com/)).not.toBeInTheDocument()
    // Someone the caller may not see keeps the API's label.
    expect(screen.getByText(/someone@example\.com/)).toBeInTheDocument()
  })
})
