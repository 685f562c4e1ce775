import type { Board, Opportunity } from '../api/get-board'
import type { Stage } from '@/lib/lookups/pipelines'

const base = { created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z', version: 1, pipeline_id: 'p1' }

export function stage(id: string, name: string, probability: number, extra: Partial<Stage> = {}): Stage {
  return { ...base, id, name, position: 1, probability, kind: 'open', required_fields: [], ...extra }
}

export const potential = stage('s-potential', 'Potential', 10)
export const proposal = stage('s-proposal', 'Proposal', 30)
export const purchaseOrder = stage('s-po', 'Purchase order', 60, {
  required_fields: [
    { key: 'po_number', label: 'Customer PO number', type: 'text', required: true },
    { key: 'po_date', label: 'PO date', type: 'date', required: true },
  ],
})
export const advance = stage('s-advance', 'Advance', 75, {
  required_fields: [
    { key: 'advance_amount', label: 'Advance amount', type: 'amount', required: true },
    { key: 'advance_received_date', label: 'Date received', type: 'date', required: true },
  ],
})
export const orderAcceptance = stage('s-acceptance', 'Order acceptance', 90)
export const won = stage('s-won', 'Won', 100, { kind: 'won' })
export const lost = stage('s-lost', 'Lost', 0, { kind: 'lost' })

export function opportunity(id: string, stageId: string, extra: Partial<Opportunity> = {}): Opportunity {
  return {
    ...base,
    id,
    customer_id: 'c1',
    customer_name: 'Acme Pumps',
    contact_id: null,
    title: `Deal ${id}`,
    amount: '100000.00',
    currency: 'INR',
    expected_close_date: '2027-01-15',
    owner_id: 'u1',
    territory_id: null,
    stage_id: stageId,
    status: 'open',
    probability: 10,
    weighted_amount: '10000.00',
    stage_entered_at: '2026-11-01T00:00:00Z',
    closed_at: null,
    closed_from_stage_id: null,
    skipped_stage_ids: [],
    lost_reason: null,
    competitor: null,
    details: {},
    source_lead_id: null,
    notes: null,
    ...extra,
  }
}

export function board(cards: Opportunity[]): Board {
  const stages = [potential, proposal, purchaseOrder, won, lost]
  return {
    pipeline_id: 'p1',
    pipeline_name: 'Field sales',
    columns: stages.map((s) => {
      const inStage = cards.filter((c) => c.stage_id === s.id)
      return {
        stage: s,
        count: inStage.length,
        totals: inStage.length ? [{ currency: 'INR', count: inStage.length, amount: '100000.00', weighted_amount: '10000.00' }] : [],
        cards: inStage,
        next_cursor: null,
      }
    }),
  }
}
