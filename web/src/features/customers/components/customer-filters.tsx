import { Group, Select, Switch, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import { useSearchText } from '@/components/ui/use-search-text'
import { useCustomerFacets } from '../api/get-customer-facets'
import type { CustomerFilters as Filters } from '../api/get-customers'
import { FacetSelect } from './facet-select'

interface CustomerFiltersProps {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

const SORTS = [
  { value: 'name', label: 'Name A–Z' },
  { value: '-name', label: 'Name Z–A' },
  { value: '-created_at', label: 'Newest first' },
  { value: '-updated_at', label: 'Recently updated' },
]

export function CustomerFilters({ filters, onChange }: CustomerFiltersProps) {
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  const facets = useCustomerFacets(filters.archived === 'true')

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      <TextInput
        label="Search"
        placeholder="Name, email or phone"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={{ base: '100%', sm: 260 }}
      />
      <TerritorySelect
        label="Territory"
        placeholder="All territories"
        value={filters.territory_id ?? null}
        onChange={(v) => onChange({ territory_id: v })}
        w={200}
      />
      <PersonSelect
        label="Owner"
        placeholder="Anyone"
        value={filters.owner_id ?? null}
        onChange={(v) => onChange({ owner_id: v })}
        w={200}
      />
      <FacetSelect label="Industry" placeholder="Any" values={facets.data?.industry} value={filters.industry} onChange={(v) => onChange({ industry: v })} w={170} />
      <FacetSelect label="Segment" placeholder="Any" values={facets.data?.segment} value={filters.segment} onChange={(v) => onChange({ segment: v })} w={150} />
      <Select
        label="Min. rating"
        placeholder="Any"
        data={['1', '2', '3', '4', '5'].map((r) => ({ value: r, label: `${r}★ and up` }))}
        value={filters.min_rating ?? null}
        onChange={(v) => onChange({ min_rating: v })}
        clearable
        w={130}
      />
      <Select
        label="Sort"
        data={SORTS}
        value={filters.sort ?? 'name'}
        onChange={(v) => onChange({ sort: v === 'name' ? null : v })}
        allowDeselect={false}
        w={170}
      />
      <Switch
        label="Archived only"
        checked={filters.archived === 'true'}
        onChange={(e) => onChange({ archived: e.currentTarget.checked ? 'true' : null })}
        mb={8}
      />
    </Group>
  )
}
