import { Checkbox, Group, Select } from '@mantine/core'
import { CustomerSelect } from '@/components/ui/customer-select'
import type { InvoiceFilters as Filters } from '../api/invoices'
import { INVOICE_STATUS_OPTIONS } from './invoice-status'

export const INVOICE_FILTER_KEYS = ['status', 'kind', 'customer_id', 'overdue'] as const

const KINDS = [
  { value: 'invoice', label: 'Invoices' },
  { value: 'credit_note', label: 'Credit notes' },
]

interface InvoiceFiltersProps {
  filters: Filters
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void
}

export function InvoiceFilters({ filters, onChange }: InvoiceFiltersProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <Select label="Status" placeholder="Any" data={INVOICE_STATUS_OPTIONS} clearable value={filters.status ?? null} onChange={(v) => onChange({ status: v })} w={{ base: '100%', xs: 180 }} />
      <Select label="Kind" placeholder="Both" data={KINDS} clearable value={filters.kind ?? null} onChange={(v) => onChange({ kind: v })} w={{ base: '100%', xs: 160 }} />
      <CustomerSelect label="Customer" placeholder="Any" value={filters.customer_id ?? null} onChange={(v) => onChange({ customer_id: v })} w={{ base: '100%', xs: 220 }} />
      <Checkbox label="Overdue only" checked={filters.overdue === 'true'} onChange={(e) => onChange({ overdue: e.currentTarget.checked ? 'true' : null })} mb={8} />
    </Group>
  )
}
