import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Pipeline } from '@/lib/lookups/pipelines'
import { json, renderWithApp } from '@/test/render'
import { DealActions } from './deal-actions'
import { lost, opportunity, potential, proposal, purchaseOrder, won } from './fixtures.test-data'

afterEach(() => vi.restoreAllMocks())

const pipeline = { id: 'p1', name: 'Field sales', description: null, is_default: true, created_at: '', updated_at: '', version: 1, stages: [potential, proposal, purchaseOrder, won, lost] } as Pipeline

describe('DealActions', () => {
  it('offers no stage move or edit on a won deal, only Reopen', () => {
    const deal = opportunity('o1', won.id, { status: 'won', closed_from_stage_id: proposal.id })
    renderWithApp(<DealActions opportunity={deal} pipeline={pipeline} onEdit={() => undefined} />)
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Move to stage' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()
  })

  it('moves and edits an open deal, with no Reopen', () => {
    renderWithApp(<DealActions opportunity={opportunity('o1', potential.id)} pipeline={pipeline} onEdit={() => undefined} />)
    expect(screen.getByRole('button', { name: 'Move to stage' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument()
  })

  it('reopens a lost deal in the stage it closed from, with the reason given', async () => {
    const deal = opportunity('o1', lost.id, { status: 'lost', closed_from_stage_id: proposal.id, lost_reason: 'Price' })
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ ...deal, status: 'open', stage_id: proposal.id }))
    renderWithApp(<DealActions opportunity={deal} pipeline={pipeline} onEdit={() => undefined} />)
    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reopen deal' })
    expect(within(dialog).getByRole('textbox', { name: 'Reopen in stage' })).toHaveValue('Proposal (where it closed)')
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Budget approved after all')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen deal' }))

    await waitFor(() => expect(fetchMock).toHaveBeenCalled())
    const request = fetchMock.mock.calls[0]![0] as Request
    expect(new URL(request.url).pathname).toBe('/api/v1/opportunities/o1/reopen')
    expect(request.headers.get('Idempotency-Key')).toBeTruthy()
    expect(await request.json()).toEqual({ stage_id: proposal.id, details: {}, reason: 'Budget approved after all' })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
