import { Anchor, Badge, Group, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { RowSelection } from '@/components/lists/row-selection'
import { SelectAllHeader, SelectCell } from '@/components/lists/select-cells'
import { formatDateTime } from '@/lib/format'
import { personName, type User } from '@/lib/lookups/users'
import type { Activity } from '../api/get-agenda'
import { ACTIVITY_TYPES, ActivityIcon } from './activity-icon'

const STATUS_COLORS = { planned: 'blue', done: 'green', cancelled: 'gray' } as const
const STATUS_LABELS = { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' } as const

function related(a: Activity) {
  if (a.customer_id) return <Anchor component={Link} to={`/customers/${a.customer_id}`} size="sm">{a.customer_name ?? 'Customer'}</Anchor>
  if (a.opportunity_id) return <Anchor component={Link} to={`/opportunities/${a.opportunity_id}`} size="sm">Deal</Anchor>
  if (a.lead_id) return <Anchor component={Link} to={`/leads/${a.lead_id}`} size="sm">Lead</Anchor>
  return '—'
}

interface ActivityTableProps {
  activities: Activity[]
  people?: User[]
  /** Row checkboxes for bulk actions (absent when the user may take none). */
  selection?: RowSelection
}

export function ActivityTable({ activities, people, selection }: ActivityTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Activities">
        <Table.Thead>
          <Table.Tr>
            <SelectAllHeader selection={selection} noun="activities" />
            <Table.Th>Activity</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th visibleFrom="md">With</Table.Th>
            <Table.Th>Owner</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.id} bg={selection?.isSelected(a.id) ? 'var(--mantine-primary-color-light)' : undefined}>
              <SelectCell selection={selection} id={a.id} name={a.subject} />
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <ActivityIcon type={a.type} size={24} />
                  <div>
                    <Text size="sm" fw={600} td={a.status === 'cancelled' ? 'line-through' : undefined}>
                      {a.subject}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {ACTIVITY_TYPES.find((t) => t.value === a.type)?.label ?? a.type}
                    </Text>
                  </div>
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[a.status]}>
                  {STATUS_LABELS[a.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(a.scheduled_at)}</Table.Td>
              <Table.Td visibleFrom="md">{related(a)}</Table.Td>
              <Table.Td>{personName(people, a.owner_id)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
