import { Group, Select } from '@mantine/core'
import { PersonSelect } from '@/components/ui/pickers'
import type { ActivityListFilters as Filters } from '../api/get-activity-list'
import { ACTIVITY_TYPES } from './activity-icon'

const STATUSES = [
  { value: 'planned', label: 'Planned' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Cancelled' },
]

const SORTS = [
  { value: '-scheduled_at', label: 'Latest first' },
  { value: 'scheduled_at', label: 'Earliest first' },
  { value: '-created_at', label: 'Newest first' },
]

interface Props {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

export function ActivityListFilters({ filters, onChange }: Props) {
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <Select label="Type" placeholder="Any" data={ACTIVITY_TYPES} clearable value={filters.type ?? null} onChange={(v) => onChange({ type: v })} w={150} />
      <Select label="Status" placeholder="Any" data={STATUSES} clearable value={filters.status ?? null} onChange={(v) => onChange({ status: v })} w={150} />
      <PersonSelect label="Owner" placeholder="Anyone" value={filters.owner_id ?? null} onChange={(v) => onChange({ owner_id: v })} w={180} />
      <Select
        label="Sort"
        data={SORTS}
        value={filters.sort ?? '-scheduled_at'}
        onChange={(v) => onChange({ sort: v === '-scheduled_at' ? null : v })}
        allowDeselect={false}
        w={160}
      />
    </Group>
  )
}
