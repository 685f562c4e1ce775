import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Team = Schema<'TeamRead'>
export type TeamCreate = Schema<'TeamCreate'>

export const teamsQueryOptions = () =>
  queryOptions({ queryKey: ['teams', 'list'], queryFn: () => unwrap(api.GET('/api/v1/teams')) })

export function useTeams() {
  return useQuery(teamsQueryOptions())
}

export function useSaveTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ team, body, key }: { team?: Team; body: TeamCreate; key: string }) =>
      team
        ? unwrap(
            api.PATCH('/api/v1/teams/{team_id}', {
              params: { path: { team_id: team.id }, header: { 'If-Match': ifMatch(team.version) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/teams', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['teams'] }),
  })
}
