import { Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import { TextFilter } from '@/components/ui/text-filter'
import { useSearchText } from '@/components/ui/use-search-text'
import type { LeadFilters as Filters } from '../api/get-leads'
import { LEAD_SOURCES, LEAD_STATUSES } from './lead-options'

interface LeadFiltersProps {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

const SORTS = [
  { value: '-created_at', label: 'Newest first' },
  { value: '-score', label: 'Highest score' },
  { value: '-updated_at', label: 'Recently updated' },
]

export function LeadFilters({ filters, onChange }: LeadFiltersProps) {
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name, company, email, phone"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={{ base: '100%', sm: 250 }}
      />
      <Select label="Status" placeholder="Any" data={LEAD_STATUSES} clearable value={filters.status ?? null} onChange={(v) => onChange({ status: v })} w={150} />
      <Select label="Source" placeholder="Any" data={LEAD_SOURCES} clearable value={filters.source ?? null} onChange={(v) => onChange({ source: v })} w={150} />
      <PersonSelect label="Owner" placeholder="Anyone" value={filters.owner_id ?? null} onChange={(v) => onChange({ owner_id: v })} w={180} />
      <TerritorySelect label="Territory" placeholder="All" value={filters.territory_id ?? null} onChange={(v) => onChange({ territory_id: v })} w={180} />
      <TextFilter label="Campaign" placeholder="Any" value={filters.campaign_ref} onCommit={(v) => onChange({ campaign_ref: v })} w={130} />
      <Select
        label="Min. score"
        placeholder="Any"
        data={['20', '40', '60', '80'].map((s) => ({ value: s, label: `${s}+` }))}
        clearable
        value={filters.min_score ?? null}
        onChange={(v) => onChange({ min_score: v })}
        w={110}
      />
      <Select label="Sort" data={SORTS} value={filters.sort ?? '-created_at'} onChange={(v) => onChange({ sort: v === '-created_at' ? null : v })} allowDeselect={false} w={160} />
    </Group>
  )
}
