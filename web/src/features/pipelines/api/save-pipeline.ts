import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { Pipeline, Stage } from '@/lib/lookups/pipelines'

export type PipelineCreate = Schema<'PipelineCreate'>
export type StageCreate = Schema<'StageCreate'>
export type StageUpdate = Schema<'StageUpdate'>

function useInvalidatePipelines() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['pipelines'] }),
      queryClient.invalidateQueries({ queryKey: ['opportunities', 'board'] }),
    ])
}

export function useCreatePipeline() {
  const onSuccess = useInvalidatePipelines()
  return useMutation({
    mutationFn: ({ body, key }: { body: PipelineCreate; key: string }) =>
      unwrap(api.POST('/api/v1/pipelines', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess,
  })
}

export function useUpdatePipeline() {
  const onSuccess = useInvalidatePipelines()
  return useMutation({
    mutationFn: ({ pipeline, body }: { pipeline: Pipeline; body: Schema<'PipelineUpdate'> }) =>
      unwrap(
        api.PATCH('/api/v1/pipelines/{pipeline_id}', {
          params: { path: { pipeline_id: pipeline.id }, header: { 'If-Match': ifMatch(pipeline.version) } },
          body,
        }),
      ),
    onSuccess,
  })
}

/** One pipeline as stored now, with its stages. */
export const getPipeline = (pipelineId: string) =>
  unwrapVersioned(api.GET('/api/v1/pipelines/{pipeline_id}', { params: { path: { pipeline_id: pipelineId } } }))

export function useSaveStage(pipelineId: string) {
  const onSuccess = useInvalidatePipelines()
  return useMutation({
    mutationFn: (args: { create: StageCreate; key: string } | { stageId: string; etag: string; update: StageUpdate }) =>
      'create' in args
        ? unwrap(
            api.POST('/api/v1/pipelines/{pipeline_id}/stages', {
              params: { path: { pipeline_id: pipelineId } },
              body: args.create,
              headers: { 'Idempotency-Key': args.key },
            }),
          )
        : unwrap(
            api.PATCH('/api/v1/pipelines/{pipeline_id}/stages/{stage_id}', {
              params: { path: { pipeline_id: pipelineId, stage_id: args.stageId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess,
  })
}

export function useDeleteStage(pipelineId: string) {
  const onSuccess = useInvalidatePipelines()
  return useMutation({
    mutationFn: (stage: Stage) =>
      unwrap(
        api.DELETE('/api/v1/pipelines/{pipeline_id}/stages/{stage_id}', {
          params: { path: { pipeline_id: pipelineId, stage_id: stage.id }, header: { 'If-Match': ifMatch(stage.version) } },
        }),
      ),
    onSuccess,
  })
}

export function useReorderStages(pipelineId: string) {
  const onSuccess = useInvalidatePipelines()
  return useMutation({
    mutationFn: (stageIds: string[]) =>
      unwrap(api.POST('/api/v1/pipelines/{pipeline_id}/reorder-stages', { params: { path: { pipeline_id: pipelineId } }, body: { stage_ids: stageIds } })),
    onSuccess,
  })
}
