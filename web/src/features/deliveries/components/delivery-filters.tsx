import { Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { CustomerSelect } from '@/components/ui/customer-select'
import { useSearchText } from '@/components/ui/use-search-text'
import type { DeliveryFilters as Filters } from '../api/deliveries'
import { DELIVERY_STATUS_OPTIONS } from './delivery-status'

export const DELIVERY_FILTER_KEYS = ['q', 'status', 'customer_id', 'sort'] as const

const SORTS = [
  { value: '-created_at', label: 'Newest first' },
  { value: 'created_at', label: 'Oldest first' },
  { value: '-number', label: 'Number, high to low' },
  { value: '-updated_at', label: 'Recently updated' },
]

interface DeliveryFiltersProps {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

export function DeliveryFilters({ filters, onChange }: DeliveryFiltersProps) {
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Delivery or order number, tracking or vehicle"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={{ base: '100%', sm: 320 }}
      />
      <Select label="Status" placeholder="Any" data={DELIVERY_STATUS_OPTIONS} clearable value={filters.status ?? null} onChange={(v) => onChange({ status: v })} w={{ base: '100%', xs: 170 }} />
      <CustomerSelect label="Customer" placeholder="Any" value={filters.customer_id ?? null} onChange={(v) => onChange({ customer_id: v })} w={{ base: '100%', xs: 220 }} />
      <Select label="Sort" data={SORTS} value={filters.sort ?? '-created_at'} onChange={(v) => onChange({ sort: v === '-created_at' ? null : v })} allowDeselect={false} w={{ base: '100%', xs: 190 }} />
    </Group>
  )
}
