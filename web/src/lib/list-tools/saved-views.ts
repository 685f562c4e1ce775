import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { ListKey } from './endpoints'

export type SavedView = Schema<'SavedViewRead'>
export type SavedViewCreate = Schema<'SavedViewCreate'>

export const savedViewsQueryOptions = (listKey: ListKey) =>
  queryOptions({
    queryKey: ['saved-views', listKey],
    queryFn: () => unwrap(api.GET('/api/v1/saved-views', { params: { query: { list_key: listKey } } })),
    staleTime: 60_000,
  })

/** The caller's views of a list and those shared with them. */
export function useSavedViews(listKey: ListKey) {
  return useQuery(savedViewsQueryOptions(listKey))
}

/** `key` is the dialog's intent key: saving twice after a timeout makes one view. */
export function useCreateSavedView() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: SavedViewCreate; key: string }) =>
      unwrap(api.POST('/api/v1/saved-views', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: (view) => queryClient.invalidateQueries({ queryKey: ['saved-views', view.list_key] }),
  })
}

/** Deletes one of the caller's own views, as they last saw it (If-Match). */
export function useDeleteSavedView() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (view: SavedView) =>
      unwrap(
        api.DELETE('/api/v1/saved-views/{view_id}', {
          params: { path: { view_id: view.id } },
          headers: { 'If-Match': ifMatch(view.version) },
        }),
      ),
    onSuccess: (_done, view) => queryClient.invalidateQueries({ queryKey: ['saved-views', view.list_key] }),
  })
}
