import type { ConflictSetup } from '@/components/forms/conflict-types'
import { territoryName, useTerritories } from '@/lib/lookups/territories'
import type { Role, User } from '../api/get-users'
import { getUser, useSaveUser, type UserUpdate } from '../api/save-user'
import type { Team } from '../api/teams'
import { ROLE_OPTIONS } from './user-table'

export interface UserFormValues {
  email: string
  full_name: string
  phone: string
  password: string
  role: Role
  team_id: string | null
  territory_ids: string[]
  is_active: boolean
}

export function userToValues(user?: User): UserFormValues {
  return {
    email: user?.email ?? '',
    full_name: user?.full_name ?? '',
    phone: user?.phone ?? '',
    password: '',
    role: (user?.role ?? 'sales_engineer') as Role,
    team_id: user?.team_id ?? null,
    territory_ids: user?.territories.map((t) => t.id) ?? [],
    is_active: user?.is_active ?? true,
  }
}

/** The fields an edit may send (the email is fixed), as the request body carries them; no password keeps the current one. */
export function userComparable(v: UserFormValues) {
  return {
    full_name: v.full_name.trim(),
    phone: v.phone.trim() || null,
    password: v.password || null,
    role: v.role,
    team_id: v.team_id,
    territory_ids: v.territory_ids,
    is_active: v.is_active,
  }
}

/** How the user edit resolves a 412: its fields, labelled as in the form, team and territories by name. */
export function useUserConflict(userId: string, teams: Team[], onSaved: () => void): ConflictSetup<UserFormValues> {
  const save = useSaveUser()
  const territories = useTerritories()
  return {
    fields: [
      { key: 'full_name', label: 'Full name' },
      { key: 'phone', label: 'Phone' },
      { key: 'password', label: 'New password', format: () => 'A new password (hidden)' },
      { key: 'role', label: 'Role', format: (v) => ROLE_OPTIONS.find((r) => r.value === v)?.label ?? String(v) },
      { key: 'team_id', label: 'Team', format: (v) => teams.find((t) => t.id === v)?.name ?? '…' },
      { key: 'territory_ids', label: 'Territories', format: (v) => (v as string[]).map((id) => territoryName(territories.data, id)).join(', ') },
      { key: 'is_active', label: 'Active (may sign in)' },
    ],
    comparable: userComparable,
    latest: async () => {
      const { data, etag } = await getUser(userId)
      return { values: userComparable(userToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ userId, etag, update: body as UserUpdate }),
    onSaved,
  }
}
