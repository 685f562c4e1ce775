import type { DragEndEvent } from '@dnd-kit/core'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'

/** The details a lost stage always asks for, beside its own required fields. */
export const LOST_FIELDS: FieldSpec[] = [
  { key: 'lost_reason', label: 'Reason lost', type: 'text', required: true },
  { key: 'competitor', label: 'Competitor (if any)', type: 'text', required: false },
]

/** The details entering a stage asks for: its required fields, and for a loss the reason. */
export function stageFields(stage: Stage): FieldSpec[] {
  return stage.kind === 'lost'
    ? // The stage may configure the loss details itself; its own definition wins.
      [...LOST_FIELDS.filter((f) => !stage.required_fields.some((r) => r.key === f.key)), ...stage.required_fields]
    : stage.required_fields
}

export type MovePlan =
  | { kind: 'none' }
  | { kind: 'direct'; opportunity: Opportunity; stage: Stage }
  | { kind: 'details'; opportunity: Opportunity; stage: Stage; fields: FieldSpec[] }

/**
 * What moving a deal to a stage takes: nothing (same stage), a direct move, or
 * a dialog asking for the stage's details (PO number, advance, sign-off...),
 * the reason for a loss, or a confirmation that the deal is won.
 */
export function planMove(opportunity: Opportunity, stage: Stage): MovePlan {
  if (opportunity.stage_id === stage.id) return { kind: 'none' }
  const fields = stageFields(stage)
  if (fields.length > 0 || stage.kind !== 'open') return { kind: 'details', opportunity, stage, fields }
  return { kind: 'direct', opportunity, stage }
}

interface DragHandlerOptions {
  findCard: (id: string) => Opportunity | undefined
  findStage: (id: string) => Stage | undefined
  onMove: (opportunity: Opportunity, stage: Stage) => void
  onAskDetails: (plan: Extract<MovePlan, { kind: 'details' }>) => void
}

/** Turns a dropped card into a move, or a request for the target stage's details. */
export function createDragEndHandler({ findCard, findStage, onMove, onAskDetails }: DragHandlerOptions) {
  return (event: Pick<DragEndEvent, 'active' | 'over'>): MovePlan => {
    const card = findCard(String(event.active.id))
    const stage = event.over ? findStage(String(event.over.id)) : undefined
    if (!card || !stage) return { kind: 'none' }
    const plan = planMove(card, stage)
    if (plan.kind === 'direct') onMove(plan.opportunity, plan.stage)
    else if (plan.kind === 'details') onAskDetails(plan)
    return plan
  }
}
