import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Team = Schema<'TeamRead'>

/** The teams (directory data every signed-in user may read): the admin's team screens and team pickers. */
export const teamsQueryOptions = () => queryOptions({ queryKey: ['teams', 'list'], queryFn: () => unwrap(api.GET('/api/v1/teams')) })

export function useTeams(enabled = true) {
  return useQuery({ ...teamsQueryOptions(), enabled })
}
