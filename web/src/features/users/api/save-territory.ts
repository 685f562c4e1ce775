import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type TerritoryCreate = Schema<'TerritoryCreate'>
export type TerritoryUpdate = Schema<'TerritoryUpdate'>

export function useSaveTerritory() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: TerritoryCreate; key: string } | { territoryId: string; etag: string; update: TerritoryUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/territories', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/territories/{territory_id}', {
              params: { path: { territory_id: args.territoryId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['territories'] }),
  })
}

/** One territory as stored now, with its ETag. */
export const getTerritory = (territoryId: string) =>
  unwrapVersioned(api.GET('/api/v1/territories/{territory_id}', { params: { path: { territory_id: territoryId } } }))
