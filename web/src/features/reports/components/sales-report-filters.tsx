import { Group, Select } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useTeams } from '@/lib/lookups/teams'
import type { SalesReportFilters as Filters } from '../api/sales-report'

export const INTERVALS = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
]
export const DIMENSIONS = [
  { value: 'territory', label: 'Territory' },
  { value: 'engineer', label: 'Seller' },
  { value: 'product_group', label: 'Product group' },
]

/** The report's window, grouping and filters (kept in the URL). */
export function SalesReportFilters({ filters, onChange, canPickPeople }: { filters: Filters; onChange: (patch: Partial<Filters>) => void; canPickPeople: boolean }) {
  const teams = useTeams()
  const set = (key: keyof Filters) => (v: string | null) => onChange({ [key]: v ?? undefined })
  const w = { base: '100%', xs: 170 }
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <DateInput label="From" placeholder="11 months ago" valueFormat={DATE_INPUT_FORMAT} clearable value={filters.from ?? null} onChange={set('from')} w={w} />
      <DateInput label="To" placeholder="Today" valueFormat={DATE_INPUT_FORMAT} clearable value={filters.to ?? null} onChange={set('to')} w={w} />
      <Select label="Per" data={INTERVALS} allowDeselect={false} value={filters.interval ?? 'month'} onChange={set('interval')} w={w} />
      <Select label="Split by" placeholder="Nothing" data={DIMENSIONS} clearable value={filters.dimension ?? null} onChange={set('dimension')} w={w} />
      <TerritorySelect label="Territory" placeholder="All" value={filters.territory_id ?? null} onChange={set('territory_id')} w={w} />
      {canPickPeople ? (
        <>
          <Select label="Team" placeholder="All" clearable data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))} value={filters.team_id ?? null} onChange={set('team_id')} w={w} />
          <PersonSelect label="Seller" placeholder="Everyone" value={filters.engineer_id ?? null} onChange={set('engineer_id')} w={w} />
        </>
      ) : null}
    </Group>
  )
}
