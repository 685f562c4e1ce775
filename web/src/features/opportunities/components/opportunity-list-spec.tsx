import { Select, Stack } from '@mantine/core'
import { IconArrowsRight } from '@tabler/icons-react'
import { reassignAction } from '@/components/lists/reassign-action'
import type { BulkParams, BulkParamsProps, ListSpec } from '@/components/lists/types'
import { findStage, usePipelines, type Pipeline } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import { opportunityListEndpoints } from '../api/opportunity-list-tools'
import type { OpportunityFilters } from '../api/get-opportunities'
import { stageFields } from './move-plan'
import { FieldInput } from './stage-fields'

export const OPPORTUNITY_FILTER_KEYS = [
  'q', 'pipeline_id', 'stage_id', 'owner_id', 'territory_id', 'customer_id', 'status', 'close_from', 'close_to', 'min_amount', 'max_amount', 'sort',
] as const

export const opportunityName = (o: Opportunity) => o.title

function stageOptions(pipelines: Pipeline[]) {
  return pipelines.map((p) => ({ group: p.name, items: p.stages.map((s) => ({ value: s.id, label: s.name })) }))
}

type Details = Record<string, string>

/** A date picker gives its value, a text input an event. */
function inputValue(input: unknown): string | null {
  if (typeof input === 'string' || input === null) return input
  return (input as { currentTarget: HTMLInputElement }).currentTarget.value
}

/** The target stage and the details it asks for, the same for every deal moved. */
function StageParams({ value, onChange }: BulkParamsProps) {
  const pipelines = usePipelines()
  const stage = findStage(pipelines.data, value.stage_id as string | undefined)
  const details = (value.details as Details | undefined) ?? {}
  const setDetail = (key: string, v: string | null) => {
    const next = { ...details }
    if (v && v.trim()) next[key] = v.trim()
    else delete next[key]
    onChange({ ...value, details: next })
  }
  return (
    <Stack gap="sm">
      <Select
        label="Move to stage"
        placeholder="Pick a stage"
        data={stageOptions(pipelines.data ?? [])}
        value={(value.stage_id as string | undefined) ?? null}
        onChange={(v) => onChange({ stage_id: v ?? undefined, details: {} })}
        searchable
        required
      />
      {stage
        ? stageFields(stage).map((f) => (
            <FieldInput
              key={`${stage.id}-${f.key}`}
              field={f}
              props={{ value: details[f.key] ?? (f.type === 'date' ? null : ''), onChange: (input: unknown) => setDetail(f.key, inputValue(input)) }}
            />
          ))
        : null}
    </Stack>
  )
}

function stageReady(pipelines: Pipeline[] | undefined, p: BulkParams): boolean {
  const stage = findStage(pipelines, p.stage_id as string | undefined)
  if (!stage) return typeof p.stage_id === 'string'
  const details = (p.details as Details | undefined) ?? {}
  return stageFields(stage).every((f) => !f.required || Boolean(details[f.key]))
}

/** The deal list's tools: reassign (opportunities:assign), move to a stage (opportunities:write). */
export function opportunityListSpec(pipelines: Pipeline[] | undefined): ListSpec<OpportunityFilters> {
  return {
    endpoints: opportunityListEndpoints,
    noun: { one: 'deal', many: 'deals' },
    filterKeys: OPPORTUNITY_FILTER_KEYS,
    bulkActions: [
      reassignAction('opportunities:assign'),
      {
        action: 'change_stage',
        label: 'Change stage',
        icon: <IconArrowsRight size={14} />,
        permission: 'opportunities:write',
        Params: StageParams,
        ready: (p) => stageReady(pipelines, p),
        question: (many) => `Move ${many} to one stage. A closed deal, or one in another pipeline, is refused and listed.`,
        confirmLabel: 'Move deals',
      },
    ],
  }
}
