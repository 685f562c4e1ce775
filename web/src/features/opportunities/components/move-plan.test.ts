import { describe, expect, it, vi } from 'vitest'
import { advance, lost, opportunity, orderAcceptance, potential, proposal, purchaseOrder, won } from './fixtures.test-data'
import { createDragEndHandler, LOST_FIELDS, planMove } from './move-plan'

const deal = opportunity('o1', potential.id)
const stages = [potential, proposal, purchaseOrder, won, lost]

function handler() {
  const onMove = vi.fn()
  const onAskDetails = vi.fn()
  const handle = createDragEndHandler({
    findCard: (id) => (id === deal.id ? deal : undefined),
    findStage: (id) => stages.find((s) => s.id === id),
    onMove,
    onAskDetails,
  })
  return { handle, onMove, onAskDetails }
}

const drop = (over: string | null) => ({ active: { id: deal.id }, over: over ? { id: over } : null }) as never

describe('planMove', () => {
  it('does nothing when dropped on its own stage', () => {
    expect(planMove(deal, potential)).toEqual({ kind: 'none' })
  })

  it('moves straight to a stage that needs no details', () => {
    expect(planMove(deal, proposal)).toMatchObject({ kind: 'direct', stage: proposal })
  })

  it('asks for the stage’s required details (PO number and date)', () => {
    const plan = planMove(deal, purchaseOrder)
    expect(plan.kind).toBe('details')
    expect(plan.kind === 'details' && plan.fields.map((f) => f.key)).toEqual(['po_number', 'po_date'])
  })

  it('asks for a reason when the deal is lost, and confirms a win', () => {
    const lostPlan = planMove(deal, lost)
    expect(lostPlan.kind === 'details' && lostPlan.fields).toEqual(LOST_FIELDS)
    expect(planMove(deal, won)).toMatchObject({ kind: 'details', fields: [] })
  })

  it('does not ask twice when the lost stage configures the reason itself', () => {
    const reason = { key: 'lost_reason', label: 'Why did we lose?', type: 'text' as const, required: true }
    const plan = planMove(deal, { ...lost, required_fields: [reason] })
    expect(plan.kind === 'details' && plan.fields.map((f) => f.label)).toEqual(['Competitor (if any)', 'Why did we lose?'])
  })
})

describe('planMove over several stages (a jump forward)', () => {
  const pipelineStages = [potential, proposal, purchaseOrder, advance, orderAcceptance, won, lost]

  it('asks for the details of the stages it passes, stage by stage, and names the skipped ones', () => {
    const plan = planMove(deal, orderAcceptance, pipelineStages)
    expect(plan.kind).toBe('details')
    if (plan.kind !== 'details') return
    expect(plan.fields).toEqual([])
    expect(plan.passing?.map((p) => [p.stage.name, p.fields.map((f) => f.key)])).toEqual([
      ['Purchase order', ['po_number', 'po_date']],
      ['Advance', ['advance_amount', 'advance_received_date']],
    ])
    expect(plan.skipping?.map((s) => s.name)).toEqual(['Proposal'])
  })

  it('does not ask again for details the deal already holds', () => {
    const held = opportunity('o2', proposal.id, { details: { po_number: 'PO-1', po_date: '2026-11-20' } })
    const plan = planMove(held, orderAcceptance, pipelineStages)
    expect(plan.kind === 'details' && plan.passing?.map((p) => p.stage.name)).toEqual(['Advance'])
  })

  it('moves straight over stages that need nothing, and never moves a closed deal', () => {
    expect(planMove(deal, proposal, pipelineStages)).toMatchObject({ kind: 'direct' })
    expect(planMove(opportunity('o3', won.id, { status: 'won' }), proposal, pipelineStages)).toEqual({ kind: 'none' })
  })
})

describe('the board’s drag-end handler', () => {
  it('moves the card when dropped on a plain stage', () => {
    const { handle, onMove, onAskDetails } = handler()
    handle(drop(proposal.id))
    expect(onMove).toHaveBeenCalledWith(deal, proposal)
    expect(onAskDetails).not.toHaveBeenCalled()
  })

  it('opens the details dialog when the stage requires details', () => {
    const { handle, onMove, onAskDetails } = handler()
    handle(drop(purchaseOrder.id))
    expect(onMove).not.toHaveBeenCalled()
    expect(onAskDetails).toHaveBeenCalledWith(expect.objectContaining({ kind: 'details', stage: purchaseOrder }))
  })

  it('ignores drops outside any column and on the same column', () => {
    const { handle, onMove, onAskDetails } = handler()
    expect(handle(drop(null))).toEqual({ kind: 'none' })
    expect(handle(drop(potential.id))).toEqual({ kind: 'none' })
    expect(onMove).not.toHaveBeenCalled()
    expect(onAskDetails).not.toHaveBeenCalled()
  })
})
