import type { ConflictSetup } from '@/components/forms/conflict-types'
import { personName, usePeople } from '@/lib/lookups/users'
import { getTeam, useSaveTeam, type Team, type TeamUpdate } from '../api/teams'

export interface TeamFormValues {
  name: string
  head_id: string | null
}

export const teamToValues = (team?: Team): TeamFormValues => ({ name: team?.name ?? '', head_id: team?.head_id ?? null })

/** The fields as the request body carries them. */
export const teamComparable = (v: TeamFormValues) => ({ name: v.name.trim(), head_id: v.head_id })

/** How the team edit resolves a 412: its fields, labelled as in the form, the head by name. */
export function useTeamConflict(teamId: string, onSaved: () => void): ConflictSetup<TeamFormValues> {
  const save = useSaveTeam()
  const people = usePeople()
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'head_id', label: 'Head', format: (v) => personName(people.data, String(v)) },
    ],
    comparable: teamComparable,
    latest: async () => {
      const { data, etag } = await getTeam(teamId)
      return { values: teamComparable(teamToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ teamId, etag, update: body as TeamUpdate }),
    onSaved,
  }
}
