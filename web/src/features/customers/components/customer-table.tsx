import { Anchor, Badge, Group, Rating, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { RowSelection } from '@/components/lists/row-selection'
import { SelectAllHeader, SelectCell } from '@/components/lists/select-cells'
import { formatMoney } from '@/lib/format'
import { personName, type User } from '@/lib/lookups/users'
import { territoryName, type Territory } from '@/lib/lookups/territories'
import type { CustomerSummary } from '../api/get-customers'

interface CustomerTableProps {
  customers: CustomerSummary[]
  people?: User[]
  territories?: Territory[]
  /** Row checkboxes for bulk actions (absent when the user may take none). */
  selection?: RowSelection
}

export function CustomerTable({ customers, people, territories, selection }: CustomerTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped={false} aria-label="Customers">
        <Table.Thead>
          <Table.Tr>
            <SelectAllHeader selection={selection} noun="customers" />
            <Table.Th>Name</Table.Th>
            <Table.Th>City</Table.Th>
            <Table.Th visibleFrom="lg">Industry</Table.Th>
            <Table.Th visibleFrom="lg">Territory</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Rating</Table.Th>
            <Table.Th ta="right">Credit limit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((c) => {
            const city = c.addresses.find((a) => a.kind === 'billing')?.city ?? c.addresses[0]?.city
            return (
              <Table.Tr key={c.id} bg={selection?.isSelected(c.id) ? 'var(--mantine-primary-color-light)' : undefined}>
                <SelectCell selection={selection} id={c.id} name={c.name} />
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/customers/${c.id}`} fw={600} size="sm">
                      {c.name}
                    </Anchor>
                    {c.is_archived ? (
                      <Badge size="xs" color="gray">
                        Archived
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {c.email ?? c.phone ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>{city ?? '—'}</Table.Td>
                <Table.Td visibleFrom="lg">{c.industry ?? '—'}</Table.Td>
                <Table.Td visibleFrom="lg">{territoryName(territories, c.territory_id)}</Table.Td>
                <Table.Td>{personName(people, c.owner_id)}</Table.Td>
                <Table.Td>
                  {c.rating ? <Rating value={c.rating} readOnly size="xs" aria-label={`${c.rating} of 5`} /> : '—'}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(c.credit_limit, c.currency)}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
