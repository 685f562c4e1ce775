import type { Schema } from '@/lib/api/types'

type Person = Pick<Schema<'UserRead'>, 'id' | 'full_name' | 'role' | 'team_id' | 'is_active'>
type Me = Pick<Schema<'Me'>, 'id' | 'role' | 'team_id'>

/** Whose agenda is shown: the caller's, the whole team's (an admin: everyone's), or one person's id. */
export type Whose = 'me' | 'team' | (string & {})

export function parseWhose(value: string | undefined): Whose {
  return value && value !== 'me' ? value : 'me'
}

/** The owners to ask the team agenda for: none means everyone the caller may see; null means "my agenda". */
export function ownerIdsOf(whose: Whose): string[] | null {
  if (whose === 'me') return null
  return whose === 'team' ? [] : [whose]
}

/**
 * The picker's choices: me, the whole team, then each colleague whose
 * activities the caller may see (a head: their team's; an admin: everyone).
 * An engineer sees only their own agenda, so gets no choices.
 */
export function whoseOptions(me: Me | undefined, people: Person[] | undefined) {
  if (!me || me.role === 'sales_engineer') return []
  const colleagues = (people ?? [])
    .filter((p) => p.id !== me.id && p.is_active && p.role !== 'admin')
    .filter((p) => me.role === 'admin' || (me.team_id !== null && p.team_id === me.team_id))
    .sort((a, b) => a.full_name.localeCompare(b.full_name))
  return [
    { group: 'Agenda', items: [
      { value: 'me', label: 'My agenda' },
      { value: 'team', label: me.role === 'admin' ? 'Everyone' : 'Whole team' },
    ] },
    ...(colleagues.length ? [{ group: 'One person', items: colleagues.map((p) => ({ value: p.id, label: p.full_name })) }] : []),
  ]
}
