import { Group, Select } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import { TextFilter } from '@/components/ui/text-filter'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useProductGroups } from '@/lib/lookups/catalogue'
import { useTeams } from '@/lib/lookups/teams'
import { useWarehouseOptions } from '../api/report-lookups'

export interface Option {
  value: string
  label: string
}

/**
 * One filter of a report, bound to the URL search param `key` (the API's query name).
 * `people` filters (team, seller) are offered only to callers who see more than their
 * own records.
 */
export type FilterField =
  | { key: string; kind: 'date'; label: string; placeholder?: string }
  | { key: string; kind: 'select'; label: string; options: Option[]; placeholder?: string; fallback?: string }
  | { key: string; kind: 'territory' | 'product_group' | 'warehouse' | 'segment'; label?: string }
  | { key: string; kind: 'team' | 'person'; label?: string; people: true }

export type ReportFilterValues = Record<string, string | undefined>

const WIDTH = { base: '100%', xs: 170 }

function GroupSelect(props: { label: string; value: string | null; onChange: (v: string | null) => void }) {
  const groups = useProductGroups()
  return <Select placeholder="All" clearable searchable data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} w={WIDTH} {...props} />
}

function WarehouseSelect(props: { label: string; value: string | null; onChange: (v: string | null) => void }) {
  const warehouses = useWarehouseOptions()
  return <Select placeholder="All" clearable data={warehouses.data ?? []} w={WIDTH} {...props} />
}

function TeamSelect(props: { label: string; value: string | null; onChange: (v: string | null) => void }) {
  const teams = useTeams()
  return <Select placeholder="All" clearable data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))} w={WIDTH} {...props} />
}

function Field({ field, value, set }: { field: FilterField; value: string | null; set: (v: string | null) => void }) {
  switch (field.kind) {
    case 'date':
      return <DateInput label={field.label} placeholder={field.placeholder} valueFormat={DATE_INPUT_FORMAT} clearable value={value} onChange={set} w={WIDTH} />
    case 'select':
      return field.fallback !== undefined ? (
        <Select label={field.label} data={field.options} allowDeselect={false} value={value ?? field.fallback} onChange={set} w={WIDTH} />
      ) : (
        <Select label={field.label} placeholder={field.placeholder ?? 'All'} data={field.options} clearable value={value} onChange={set} w={WIDTH} />
      )
    case 'territory':
      return <TerritorySelect label={field.label ?? 'Territory'} placeholder="All" value={value} onChange={set} w={WIDTH} />
    case 'product_group':
      return <GroupSelect label={field.label ?? 'Product group'} value={value} onChange={set} />
    case 'warehouse':
      return <WarehouseSelect label={field.label ?? 'Warehouse'} value={value} onChange={set} />
    case 'segment':
      return <TextFilter label={field.label ?? 'Segment'} placeholder="Any tag" value={value ?? undefined} onCommit={set} w={WIDTH} />
    case 'team':
      return <TeamSelect label={field.label ?? 'Team'} value={value} onChange={set} />
    case 'person':
      return <PersonSelect label={field.label ?? 'Seller'} placeholder="Everyone" value={value} onChange={set} w={WIDTH} />
  }
}

/** A report's filters bar; every value lives in the URL, so a filtered report can be bookmarked. */
export function ReportFilters({
  fields,
  values,
  onChange,
  canPickPeople,
}: {
  fields: readonly FilterField[]
  values: ReportFilterValues
  onChange: (patch: ReportFilterValues) => void
  canPickPeople: boolean
}) {
  const shown = fields.filter((f) => canPickPeople || !('people' in f))
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap" role="group" aria-label="Filters">
      {shown.map((field) => (
        <Field key={field.key} field={field} value={values[field.key] ?? null} set={(v) => onChange({ [field.key]: v ?? undefined })} />
      ))}
    </Group>
  )
}

/** The window every report takes (`from`, `to`); its defaults differ per report. */
export const windowFields = (fromHint = '11 months ago', toHint = 'Today'): FilterField[] => [
  { key: 'from', kind: 'date', label: 'From', placeholder: fromHint },
  { key: 'to', kind: 'date', label: 'To', placeholder: toHint },
]

/** Team and seller: for heads and admins (an engineer's report is their own). */
export const peopleFields = (person = 'Seller'): FilterField[] => [
  { key: 'team_id', kind: 'team', people: true },
  { key: 'engineer_id', kind: 'person', label: person, people: true },
]

export const INTERVALS: Option[] = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
]
