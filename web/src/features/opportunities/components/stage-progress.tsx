import { Card, Stepper } from '@mantine/core'
import { IconPlayerSkipForward } from '@tabler/icons-react'
import type { Pipeline, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'

export type StepState = 'done' | 'skipped' | 'current' | 'ahead'

/**
 * Each open stage's state on the deal's path (decision 0013): stages before the
 * current one are done, unless the deal went past them without entering
 * (`skipped_stage_ids`); a closed deal reached the stage it closed from.
 */
export function stageStates(opportunity: Opportunity, stages: Stage[]): { stage: Stage; state: StepState }[] {
  const open = stages.filter((s) => s.kind === 'open')
  const skipped = new Set(opportunity.skipped_stage_ids)
  let reached: number
  if (opportunity.status === 'open') reached = open.findIndex((s) => s.id === opportunity.stage_id)
  else {
    const from = open.findIndex((s) => s.id === opportunity.closed_from_stage_id)
    reached = from >= 0 ? from + 1 : opportunity.status === 'won' ? open.length : 0
  }
  return open.map((stage, i) => ({
    stage,
    state: i < reached ? (skipped.has(stage.id) ? 'skipped' : 'done') : i === reached && opportunity.status === 'open' ? 'current' : 'ahead',
  }))
}

const DESCRIPTION: Record<StepState, (s: Stage) => string> = {
  done: (s) => `${s.probability}%`,
  current: (s) => `${s.probability}%`,
  ahead: (s) => `${s.probability}%`,
  skipped: () => 'Skipped',
}

/** The stage bar: done stages ticked, skipped ones marked as skipped (never ticked), the current one active. */
export function StageProgress({ opportunity, pipeline }: { opportunity: Opportunity; pipeline?: Pipeline }) {
  const steps = stageStates(opportunity, pipeline?.stages ?? [])
  if (steps.length === 0) return null
  const active = steps.filter((s) => s.state === 'done' || s.state === 'skipped').length
  return (
    <Card>
      <Stepper active={active} size="xs" iconSize={26} allowNextStepsSelect={false} color={opportunity.status === 'lost' ? 'red' : undefined} aria-label="Stage bar">
        {steps.map(({ stage, state }) => (
          <Stepper.Step
            key={stage.id}
            label={stage.name}
            description={DESCRIPTION[state](stage)}
            data-state={state}
            aria-label={`${stage.name}: ${state === 'ahead' ? 'not reached' : state}`}
            // A closed deal has no current stage: the first one not reached must not look in progress.
            {...(state === 'skipped' ? { color: 'gray', completedIcon: <IconPlayerSkipForward size={14} /> } : state === 'ahead' ? { color: 'gray' } : {})}
          />
        ))}
      </Stepper>
    </Card>
  )
}
