import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Pipeline = Schema<'PipelineRead'>
export type Stage = Schema<'StageRead'>
export type FieldSpec = Schema<'FieldSpecRead'>

export const pipelinesQueryOptions = () =>
  queryOptions({
    queryKey: ['pipelines', 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/pipelines')),
    staleTime: 5 * 60_000,
  })

export function usePipelines() {
  return useQuery(pipelinesQueryOptions())
}

export function findStage(pipelines: Pipeline[] | undefined, stageId: string | null | undefined): Stage | undefined {
  for (const p of pipelines ?? []) {
    const stage = p.stages.find((s) => s.id === stageId)
    if (stage) return stage
  }
  return undefined
}

const LOST_LABELS: Record<string, string> = { lost_reason: 'Reason lost', competitor: 'Competitor' }

/** A stage detail as people read it: its configured label, dates and amounts formatted. */
export function describeDetail(
  pipelines: Pipeline[] | undefined,
  key: string,
  value: unknown,
  formatters: { date: (v: string) => string; amount: (v: string) => string },
): { label: string; text: string } {
  const spec = pipelines?.flatMap((p) => p.stages.flatMap((s) => s.required_fields)).find((f) => f.key === key)
  const label = spec?.label ?? LOST_LABELS[key] ?? key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())
  const raw = String(value)
  const text = spec?.type === 'date' ? formatters.date(raw) : spec?.type === 'amount' ? formatters.amount(raw) : raw
  return { label, text }
}
