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
