import { Group, Select } from '@mantine/core'
import type { User } from '@/lib/lookups/users'
import type { ExpenseReportFilters } from '../api/expense-reports'
import { EXPENSE_STATUS_OPTIONS } from './expense-labels'

interface ExpenseFiltersProps {
  filters: ExpenseReportFilters
  onChange: (patch: Partial<Record<keyof ExpenseReportFilters, string | null>>) => void
  people: User[] | undefined
}

/** Status and engineer; both live in the URL. */
export function ExpenseFilters({ filters, onChange, people }: ExpenseFiltersProps) {
  const engineers = (people ?? []).filter((u) => u.role === 'sales_engineer' || u.id === filters.owner_id)
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <Select
        label="Status"
        placeholder="Any"
        data={EXPENSE_STATUS_OPTIONS}
        clearable
        value={filters.status ?? null}
        onChange={(v) => onChange({ status: v })}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label="Engineer"
        placeholder="Anyone"
        data={engineers.map((u) => ({ value: u.id, label: u.full_name }))}
        clearable
        searchable
        value={filters.owner_id ?? null}
        onChange={(v) => onChange({ owner_id: v })}
        w={{ base: '100%', xs: 240 }}
      />
    </Group>
  )
}
