import type { DragEndEvent } from '@dnd-kit/core'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'

/** The details a lost stage always asks for, beside its own required fields. */
export const LOST_FIELDS: FieldSpec[] = [
  { key: 'lost_reason', label: 'Reason lost', type: 'text', required: true },
  { key: 'competitor', label: 'Competitor (if any)', type: 'text', required: false },
]

/** A stage the move goes past whose details the deal does not hold yet (asked in the same dialog). */
export interface PassedStage {
  stage: Stage
  fields: FieldSpec[]
}

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
  | { kind: 'details'; opportunity: Opportunity; stage: Stage; fields: FieldSpec[]; passing?: PassedStage[]; skipping?: Stage[] }

/** The open stages strictly between `from` and `to` when `to` is an open stage after `from` (stages in pipeline order). */
export function stagesBetween(stages: Stage[], fromId: string | null | undefined, to: Stage): Stage[] {
  const open = stages.filter((s) => s.kind === 'open')
  const a = open.findIndex((s) => s.id === fromId)
  const b = open.findIndex((s) => s.id === to.id)
  return a >= 0 && b > a ? open.slice(a + 1, b) : []
}

/**
 * What a jump forward asks for (decision 0013): each stage gone past that requires
 * details the deal does not hold yet, with those fields; stages requiring nothing are
 * recorded as skipped by the server.
 */
export function planPassage(opportunity: Opportunity, gonePast: Stage[]): { passing: PassedStage[]; skipping: Stage[] } {
  const asks = (s: Stage) => s.required_fields.some((f) => f.required)
  const passing = gonePast
    .filter(asks)
    .map((s) => ({ stage: s, fields: s.required_fields.filter((f) => f.required && !(f.key in opportunity.details)) }))
    .filter((p) => p.fields.length > 0)
  return { passing, skipping: gonePast.filter((s) => !asks(s)) }
}

/**
 * What moving a deal to a stage takes: nothing (same stage, or a closed deal:
 * those are reopened instead), a direct move, or a dialog asking for the stage's
 * details (PO number, advance, sign-off...), those of the stages a jump forward
 * goes past, the reason for a loss, or a confirmation that the deal is won.
 * `stages` is the pipeline's, in order.
 */
export function planMove(opportunity: Opportunity, stage: Stage, stages: Stage[] = []): MovePlan {
  if (opportunity.stage_id === stage.id || opportunity.status !== 'open') return { kind: 'none' }
  const fields = stageFields(stage)
  const { passing, skipping } = planPassage(opportunity, stagesBetween(stages, opportunity.stage_id, stage))
  if (fields.length > 0 || passing.length > 0 || stage.kind !== 'open') return { kind: 'details', opportunity, stage, fields, passing, skipping }
  return { kind: 'direct', opportunity, stage }
}

interface DragHandlerOptions {
  findCard: (id: string) => Opportunity | undefined
  findStage: (id: string) => Stage | undefined
  /** The pipeline's stages in order (a jump forward asks for the stages it goes past). */
  stages?: Stage[]
  onMove: (opportunity: Opportunity, stage: Stage) => void
  onAskDetails: (plan: Extract<MovePlan, { kind: 'details' }>) => void
}

/** Turns a dropped card into a move, or a request for the target stage's details. */
export function createDragEndHandler({ findCard, findStage, stages = [], onMove, onAskDetails }: DragHandlerOptions) {
  return (event: Pick<DragEndEvent, 'active' | 'over'>): MovePlan => {
    const card = findCard(String(event.active.id))
    const stage = event.over ? findStage(String(event.over.id)) : undefined
    if (!card || !stage) return { kind: 'none' }
    const plan = planMove(card, stage, stages)
    if (plan.kind === 'direct') onMove(plan.opportunity, plan.stage)
    else if (plan.kind === 'details') onAskDetails(plan)
    return plan
  }
}
