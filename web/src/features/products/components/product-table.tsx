import { Anchor, Badge, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useSearchText } from '@/components/ui/use-search-text'
import { formatMoney, humanize } from '@/lib/format'
import { groupName, taxCategoryName, useProductGroups, useTaxCategories, type Product } from '@/lib/lookups/catalogue'
import type { ProductFilters } from '../api/products'

export const PRODUCT_FILTER_KEYS = ['q', 'group_id', 'active'] as const

interface ProductFiltersBarProps {
  filters: ProductFilters
  onChange: (patch: Partial<Record<keyof ProductFilters, string | null>>) => void
}

export function ProductFiltersBar({ filters, onChange }: ProductFiltersBarProps) {
  const groups = useProductGroups()
  const [q, setQ] = useSearchText(filters.q, (v) => onChange({ q: v }))
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput label="Search" placeholder="SKU or name" leftSection={<IconSearch size={16} />} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={{ base: '100%', sm: 240 }} />
      <Select
        label="Group"
        placeholder="All"
        clearable
        data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
        value={filters.group_id ?? null}
        onChange={(v) => onChange({ group_id: v })}
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        label="Active"
        placeholder="Any"
        clearable
        data={[
          { value: 'true', label: 'Active' },
          { value: 'false', label: 'Inactive' },
        ]}
        value={filters.active ?? null}
        onChange={(v) => onChange({ active: v })}
        w={{ base: '100%', xs: 140 }}
      />
    </Group>
  )
}

export function ProductTable({ products, onEdit }: { products: Product[]; onEdit: (p: Product) => void }) {
  const groups = useProductGroups()
  const taxes = useTaxCategories()
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Products" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>SKU</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Group</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Tax</Table.Th>
            <Table.Th ta="right">List price</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {p.sku}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component="button" type="button" fw={600} size="sm" onClick={() => onEdit(p)}>
                    {p.name}
                  </Anchor>
                  {p.is_active ? null : <Badge size="xs" color="gray">Inactive</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{groupName(groups.data, p.group_id)}</Table.Td>
              <Table.Td>{humanize(p.kind)}</Table.Td>
              <Table.Td>{taxCategoryName(taxes.data, p.tax_category_id)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(p.list_price, p.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
