import { Group, Select } from '@mantine/core'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import type { Pipeline } from '@/lib/lookups/pipelines'
import type { BoardFilters as Filters } from '../api/get-board'

interface BoardFiltersProps {
  filters: Filters
  pipelines: Pipeline[]
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

export function BoardFilters({ filters, pipelines, onChange }: BoardFiltersProps) {
  const defaultId = pipelines.find((p) => p.is_default)?.id ?? null
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Pipeline"
        data={pipelines.map((p) => ({ value: p.id, label: p.is_default ? `${p.name} (default)` : p.name }))}
        value={filters.pipeline_id ?? defaultId}
        onChange={(v) => onChange({ pipeline_id: v === defaultId ? null : v })}
        allowDeselect={false}
        w={220}
      />
      <PersonSelect label="Owner" placeholder="Everyone" value={filters.owner_id ?? null} onChange={(v) => onChange({ owner_id: v })} w={200} />
      <TerritorySelect label="Territory" placeholder="All territories" value={filters.territory_id ?? null} onChange={(v) => onChange({ territory_id: v })} w={200} />
    </Group>
  )
}
