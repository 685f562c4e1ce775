import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type TerritoryCreate = Schema<'TerritoryCreate'>
type Territory = Schema<'TerritoryRead'>

export function useSaveTerritory() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ territory, body, key }: { territory?: Territory; body: TerritoryCreate; key: string }) =>
      territory
        ? unwrap(
            api.PATCH('/api/v1/territories/{territory_id}', {
              params: { path: { territory_id: territory.id }, header: { 'If-Match': ifMatch(territory.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/territories', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['territories'] }),
  })
}
