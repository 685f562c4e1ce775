import type { AuditEntry } from '../api/get-audit'

/** Badge colours by what the change did to the record. */
export const OPERATION_COLORS: Record<string, string> = { created: 'green', updated: 'blue', deleted: 'red' }

/** customer.updated -> Customer updated; opportunity.stage_changed -> Opportunity stage changed. */
export function actionLabel(action: string): string {
  const text = action.replace(/[._]+/g, ' ').trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Who made the change: a person by name, and saying so when it was not a person. */
export function actorLabel(
  entry: Pick<AuditEntry, 'actor_kind' | 'actor_label' | 'actor_id'>,
  people?: readonly { id: string; full_name: string }[],
): string {
  if (entry.actor_kind === 'api_key') return `API key “${entry.actor_label}”`
  if (entry.actor_kind === 'system') return entry.actor_label && entry.actor_label !== 'system' ? `System (${entry.actor_label})` : 'System'
  return people?.find((p) => p.id === entry.actor_id)?.full_name ?? entry.actor_label
}

/** Pages that show one record of a type, by the API's table names. */
const RECORD_PATHS: Record<string, string> = {
  customers: '/customers',
  leads: '/leads',
  opportunities: '/opportunities',
}

export function recordPath(entry: Pick<AuditEntry, 'entity_type' | 'entity_id' | 'operation'>): string | null {
  const base = RECORD_PATHS[entry.entity_type]
  return base && entry.operation !== 'deleted' ? `${base}/${entry.entity_id}` : null
}

const SINGULAR: Record<string, string> = {
  customers: 'Customer',
  contacts: 'Contact',
  leads: 'Lead',
  opportunities: 'Deal',
  activities: 'Activity',
  pipelines: 'Pipeline',
  pipeline_stages: 'Pipeline stage',
  users: 'User',
  teams: 'Team',
  territories: 'Territory',
  lead_scoring_rules: 'Scoring rule',
  api_keys: 'API key',
}

export function entityTypeLabel(type: string): string {
  return SINGULAR[type] ?? actionLabel(type)
}
