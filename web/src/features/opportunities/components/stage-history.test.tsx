import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithApp } from '@/test/render'
import { StageHistory } from './stage-history'

afterEach(() => vi.restoreAllMocks())

const row = (extra: Record<string, unknown>) => ({
  opportunity_id: 'o1',
  from_stage_id: null,
  kind: 'moved',
  seconds_in_previous_stage: null,
  probability: 10,
  details: {},
  passed_stage_ids: [],
  skipped_stage_ids: [],
  reason: null,
  ...extra,
})

describe('StageHistory', () => {
  it('names the people who moved the deal, not their emails', async () => {
    const moves = [
      row({ id: 'h1', kind: 'opened', to_stage_id: 's1', moved_at: '2026-11-20T09:00:00Z', moved_by_id: 'u1', moved_by_name: 'Arun Kumar', moved_by_label: 'eng1@example.com' }),
      row({ id: 'h2', from_stage_id: 's1', to_stage_id: 's2', moved_at: '2026-11-25T09:00:00Z', moved_by_id: 'u9', moved_by_name: 'Priya Nair', moved_by_label: 'someone@example.com', seconds_in_previous_stage: 432000, probability: 30 }),
    ]
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => json(moves))
    renderWithApp(<StageHistory opportunityId="o1" />)
    expect(await screen.findByText(/Arun Kumar/)).toBeInTheDocument()
    expect(screen.getByText(/Priya Nair/)).toBeInTheDocument()
    expect(screen.queryByText(/@example\.com/)).not.toBeInTheDocument()
    // The names come with the history: no user directory is needed (or fetched).
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('says when a deal was reopened, why, and which stages a jump skipped', async () => {
    const moves = [
      row({ id: 'h1', from_stage_id: 's1', to_stage_id: 's3', moved_at: '2026-11-20T09:00:00Z', moved_by_id: 'u1', moved_by_name: 'Arun Kumar', moved_by_label: 'eng1@example.com', skipped_stage_ids: ['s2'] }),
      row({ id: 'h2', kind: 'reopened', from_stage_id: 's9', to_stage_id: 's3', moved_at: '2026-11-25T09:00:00Z', moved_by_id: 'u1', moved_by_name: 'Arun Kumar', moved_by_label: 'eng1@example.com', reason: 'Customer came back' }),
    ]
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => json(moves))
    const stage = (id: string, name: string, kind = 'open') => ({ id, name, kind, position: 1, probability: 10, required_fields: [], pipeline_id: 'p1', created_at: '', updated_at: '', version: 1 })
    const pipelines = [{ id: 'p1', name: 'P', description: null, is_default: true, created_at: '', updated_at: '', version: 1, stages: [stage('s1', 'Potential'), stage('s2', 'Proposal'), stage('s3', 'Purchase order'), stage('s9', 'Won', 'won')] }]
    renderWithApp(<StageHistory opportunityId="o1" pipelines={pipelines as never} />)
    expect(await screen.findByText('Reopened: Won → Purchase order')).toBeInTheDocument()
    expect(screen.getByText('Reason: Customer came back')).toBeInTheDocument()
    expect(screen.getByText('Skipped Proposal')).toBeInTheDocument()
  })
})
