import { Group, Select } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { PERIOD_LABELS } from '@/lib/periods'
import type { TargetFilters as Filters } from '../api/targets'

const PERIODS = Object.entries(PERIOD_LABELS).map(([value, label]) => ({ value, label }))
const SUBJECTS = [
  { value: 'engineer', label: 'Engineers' },
  { value: 'team', label: 'Teams' },
  { value: 'territory', label: 'Territories' },
]

/** The list's filters (kept in the URL): period kind, subject kind, running on a day. */
export function TargetFilters({ filters, onChange }: { filters: Filters; onChange: (patch: Partial<Filters>) => void }) {
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <Select label="Period" placeholder="Any" data={PERIODS} clearable value={filters.period ?? null} onChange={(v) => onChange({ period: v ?? undefined })} w={{ base: '100%', xs: 180 }} />
      <Select label="Subject" placeholder="Anyone" data={SUBJECTS} clearable value={filters.subject ?? null} onChange={(v) => onChange({ subject: v ?? undefined })} w={{ base: '100%', xs: 180 }} />
      <DateInput
        label="Running on"
        placeholder="Any day"
        valueFormat={DATE_INPUT_FORMAT}
        clearable
        value={filters.on ?? null}
        onChange={(v) => onChange({ on: v ?? undefined })}
        w={{ base: '100%', xs: 180 }}
      />
    </Group>
  )
}
