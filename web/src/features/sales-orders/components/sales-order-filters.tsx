import { Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { CustomerSelect } from '@/components/ui/customer-select'
import { useSearchText } from '@/components/ui/use-search-text'
import type { SalesOrderFilters as Filters } from '../api/get-sales-orders'
import { SALES_ORDER_STATUS_OPTIONS } from './sales-order-status'

export const SALES_ORDER_FILTER_KEYS = ['q', 'status', 'customer_id', 'sort'] as const

const SORTS = [
  { value: '-created_at', label: 'Newest first' },
  { value: '-grand_total', label: 'Largest total' },
  { value: '-order_date', label: 'Latest order date' },
  { value: '-updated_at', label: 'Recently updated' },
]

interface SalesOrderFiltersProps {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

export function SalesOrderFilters({ filters, onChange }: SalesOrderFiltersProps) {
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Order number or customer PO"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={{ base: '100%', sm: 260 }}
      />
      <Select label="Status" placeholder="Any" data={SALES_ORDER_STATUS_OPTIONS} clearable value={filters.status ?? null} onChange={(v) => onChange({ status: v })} w={{ base: '100%', xs: 180 }} />
      <CustomerSelect label="Customer" placeholder="Any" value={filters.customer_id ?? null} onChange={(v) => onChange({ customer_id: v })} w={{ base: '100%', xs: 220 }} />
      <Select label="Sort" data={SORTS} value={filters.sort ?? '-created_at'} onChange={(v) => onChange({ sort: v === '-created_at' ? null : v })} allowDeselect={false} w={{ base: '100%', xs: 170 }} />
    </Group>
  )
}
