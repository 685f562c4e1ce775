import { Group, Select, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { IconSearch } from '@tabler/icons-react'
import { useSearchText } from '@/components/ui/use-search-text'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import type { Pipeline } from '@/lib/lookups/pipelines'
import type { OpportunityFilters as Filters } from '../api/get-opportunities'

interface Props {
  filters: Filters
  pipelines: Pipeline[]
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

const SORTS = [
  { value: 'expected_close_date', label: 'Closing soonest' },
  { value: '-amount', label: 'Largest amount' },
  { value: '-created_at', label: 'Newest first' },
]

export function OpportunityFilters({ filters, pipelines, onChange }: Props) {
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  const stages = pipelines.flatMap((p) => p.stages.map((s) => ({ value: s.id, label: pipelines.length > 1 ? `${p.name}: ${s.name}` : s.name })))
  const amount = (key: 'min_amount' | 'max_amount', label: string) => (
    <TextInput
      label={label}
      inputMode="decimal"
      placeholder="Any"
      key={filters[key] ?? ''}
      defaultValue={filters[key] ?? ''}
      onBlur={(e) => onChange({ [key]: /^\d+(\.\d+)?$/.test(e.currentTarget.value.trim()) ? e.currentTarget.value.trim() : null })}
      w={120}
    />
  )
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Title"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={200}
      />
      <Select label="Stage" placeholder="Any" data={stages} clearable searchable value={filters.stage_id ?? null} onChange={(v) => onChange({ stage_id: v })} w={180} />
      <Select
        label="Status"
        placeholder="Any"
        data={[
          { value: 'open', label: 'Open' },
          { value: 'won', label: 'Won' },
          { value: 'lost', label: 'Lost' },
        ]}
        clearable
        value={filters.status ?? null}
        onChange={(v) => onChange({ status: v })}
        w={110}
      />
      <PersonSelect label="Owner" placeholder="Anyone" value={filters.owner_id ?? null} onChange={(v) => onChange({ owner_id: v })} w={170} />
      <TerritorySelect label="Territory" placeholder="All" value={filters.territory_id ?? null} onChange={(v) => onChange({ territory_id: v })} w={170} />
      <DatePickerInput
        valueFormat={DATE_INPUT_FORMAT}
        type="range"
        label="Expected close"
        placeholder="Any time"
        clearable
        value={[filters.close_from ?? null, filters.close_to ?? null]}
        onChange={([from, to]) => onChange({ close_from: from, close_to: to })}
        w={230}
      />
      {amount('min_amount', 'Min. amount')}
      {amount('max_amount', 'Max. amount')}
      <Select label="Sort" data={SORTS} value={filters.sort ?? 'expected_close_date'} onChange={(v) => onChange({ sort: v === 'expected_close_date' ? null : v })} allowDeselect={false} w={160} />
    </Group>
  )
}
