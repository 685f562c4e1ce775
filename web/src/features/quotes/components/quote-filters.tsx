import { Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { CustomerSelect } from '@/components/ui/customer-select'
import { useSearchText } from '@/components/ui/use-search-text'
import type { QuoteFilters as Filters } from '../api/get-quotes'
import { QUOTE_STATUS_OPTIONS } from './quote-status'

export const QUOTE_FILTER_KEYS = ['q', 'status', 'customer_id', 'sort'] as const

const SORTS = [
  { value: '-created_at', label: 'Newest first' },
  { value: '-grand_total', label: 'Largest total' },
  { value: 'valid_until', label: 'Expiring first' },
  { value: '-updated_at', label: 'Recently updated' },
]

interface QuoteFiltersProps {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

export function QuoteFilters({ filters, onChange }: QuoteFiltersProps) {
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Number or customer"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={{ base: '100%', sm: 240 }}
      />
      <Select label="Status" placeholder="Any" data={QUOTE_STATUS_OPTIONS} clearable value={filters.status ?? null} onChange={(v) => onChange({ status: v })} w={{ base: '100%', xs: 180 }} />
      <CustomerSelect label="Customer" placeholder="Any" value={filters.customer_id ?? null} onChange={(v) => onChange({ customer_id: v })} w={{ base: '100%', xs: 220 }} />
      <Select label="Sort" data={SORTS} value={filters.sort ?? '-created_at'} onChange={(v) => onChange({ sort: v === '-created_at' ? null : v })} allowDeselect={false} w={{ base: '100%', xs: 170 }} />
    </Group>
  )
}
