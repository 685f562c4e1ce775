import { Anchor, Badge, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { RowSelection } from '@/components/lists/row-selection'
import { SelectAllHeader, SelectCell } from '@/components/lists/select-cells'
import { formatDate, formatMoney } from '@/lib/format'
import { findStage, type Pipeline } from '@/lib/lookups/pipelines'
import { personName, type User } from '@/lib/lookups/users'
import type { Opportunity } from '../api/get-board'

export const STATUS_COLORS = { open: 'blue', won: 'green', lost: 'red' } as const

interface OpportunityTableProps {
  items: Opportunity[]
  pipelines?: Pipeline[]
  people?: User[]
  /** Row checkboxes for bulk actions (absent when the user may take none). */
  selection?: RowSelection
}

export function OpportunityTable({ items, pipelines, people, selection }: OpportunityTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Opportunities">
        <Table.Thead>
          <Table.Tr>
            <SelectAllHeader selection={selection} noun="deals" />
            <Table.Th>Deal</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Weighted</Table.Th>
            <Table.Th>Expected close</Table.Th>
            <Table.Th>Owner</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} bg={selection?.isSelected(o.id) ? 'var(--mantine-primary-color-light)' : undefined}>
              <SelectCell selection={selection} id={o.id} name={o.title} />
              <Table.Td>
                <Anchor component={Link} to={`/opportunities/${o.id}`} fw={600} size="sm">
                  {o.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {o.customer_name ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[o.status]}>
                  {findStage(pipelines, o.stage_id)?.name ?? o.status}
                </Badge>
                <Text size="xs" c="dimmed">
                  {o.probability}%
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(o.amount, o.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(o.weighted_amount, o.currency)}</Table.Td>
              <Table.Td>{formatDate(o.expected_close_date)}</Table.Td>
              <Table.Td>{personName(people, o.owner_id)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
