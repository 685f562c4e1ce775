import type { ConflictSetup } from '@/components/forms/conflict-types'
import { ifMatch } from '@/lib/api/client'
import { ApiError } from '@/lib/api/problem'
import { formatPercent } from '@/lib/format'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import { getPipeline, useSaveStage, type StageUpdate } from '../api/save-pipeline'

export const FIELD_TYPES = [
  { value: 'text', label: 'Text' },
  { value: 'date', label: 'Date' },
  { value: 'amount', label: 'Amount' },
]

type Kind = Stage['kind']

export interface StageFormValues {
  name: string
  probability: number | string
  kind: Kind
  required_fields: FieldSpec[]
}

export const stageToValues = (stage?: Stage): StageFormValues => ({
  name: stage?.name ?? '',
  probability: stage?.probability ?? 50,
  kind: (stage?.kind ?? 'open') as Kind,
  required_fields: stage?.required_fields ?? [],
})

/** The fields an edit may send (the kind is fixed once created), as the request body carries them. */
export const stageComparable = (v: StageFormValues) => ({
  name: v.name.trim(),
  probability: Number(v.probability),
  required_fields: v.required_fields.map(({ key, label, type, required }) => ({ key, label, type, required })),
})

function detailLine(f: FieldSpec): string {
  const type = FIELD_TYPES.find((t) => t.value === f.type)?.label ?? f.type
  return `${f.label} (${f.key}, ${type}${f.required ? ', required' : ''})`
}

/** How the stage edit resolves a 412: its fields, labelled as in the form. */
export function useStageConflict(pipelineId: string, stageId: string, onSaved: () => void): ConflictSetup<StageFormValues> {
  const save = useSaveStage(pipelineId)
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'probability', label: 'Probability (%)', format: (v) => formatPercent(v as number) },
      { key: 'required_fields', label: 'Details required to enter this stage', format: (v) => (v as FieldSpec[]).map(detailLine).join('\n') },
    ],
    comparable: stageComparable,
    // A stage is read with its pipeline; its own version is what the PATCH checks.
    latest: async () => {
      const { data } = await getPipeline(pipelineId)
      const stage = data.stages.find((s) => s.id === stageId)
      if (!stage) throw new ApiError({ status: 404, title: 'Not found', code: 'not_found', detail: 'This stage was deleted.' })
      return { values: stageComparable(stageToValues(stage)), etag: ifMatch(stage.version) }
    },
    save: (body, etag) => save.mutateAsync({ stageId, etag, update: body as StageUpdate }),
    onSaved,
  }
}
