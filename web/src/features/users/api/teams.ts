import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export { teamsQueryOptions, useTeams, type Team } from '@/lib/lookups/teams'
export type TeamCreate = Schema<'TeamCreate'>
export type TeamUpdate = Schema<'TeamUpdate'>

export function useSaveTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: TeamCreate; key: string } | { teamId: string; etag: string; update: TeamUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/teams', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/teams/{team_id}', {
              params: { path: { team_id: args.teamId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['teams'] }),
  })
}

/** One team as stored now, with its ETag. */
export const getTeam = (teamId: string) => unwrapVersioned(api.GET('/api/v1/teams/{team_id}', { params: { path: { team_id: teamId } } }))
