import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type ActivityCreate = Schema<'ActivityCreate'>
export type ActivityUpdate = Schema<'ActivityUpdate'>

function useInvalidateActivities() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
      queryClient.invalidateQueries({ queryKey: ['customers', 'timeline'] }),
    ])
}

export function useSaveActivity() {
  const invalidate = useInvalidateActivities()
  return useMutation({
    mutationFn: (args: { create: ActivityCreate; key: string } | { activityId: string; etag: string; update: ActivityUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/activities', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/activities/{activity_id}', {
              params: { path: { activity_id: args.activityId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: invalidate,
  })
}

/** One activity as stored now, with its ETag. */
export const getActivity = (activityId: string) =>
  unwrapVersioned(api.GET('/api/v1/activities/{activity_id}', { params: { path: { activity_id: activityId } } }))

export function useCompleteActivity() {
  const invalidate = useInvalidateActivities()
  return useMutation({
    mutationFn: ({ activityId, outcome }: { activityId: string; outcome: string }) =>
      unwrap(
        api.POST('/api/v1/activities/{activity_id}/complete', {
          params: { path: { activity_id: activityId } },
          body: { outcome: outcome.trim() || null },
        }),
      ),
    onSuccess: invalidate,
  })
}

export function useCancelActivity() {
  const invalidate = useInvalidateActivities()
  return useMutation({
    mutationFn: (activityId: string) =>
      unwrap(api.POST('/api/v1/activities/{activity_id}/cancel', { params: { path: { activity_id: activityId } } })),
    onSuccess: invalidate,
  })
}
