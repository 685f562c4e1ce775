import { Anchor, Badge, Group, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatTime, humanize } from '@/lib/format'
import type { Visit } from '../api/field'

const STATUS_COLORS: Record<Visit['status'], string> = { planned: 'gray', checked_in: 'blue', completed: 'green', cancelled: 'dark' }

/** 240 m, or 1,731.1 km once it is a kilometre or more. */
export function formatDistance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toLocaleString('en-IN', { maximumFractionDigits: 1 })} km`
}

/** Why a check-in was flagged, in words. */
export function flagReasons(v: Pick<Visit, 'is_outside_radius' | 'is_poor_accuracy' | 'is_mock_location' | 'check_in_distance_m'>): string[] {
  const out: string[] = []
  if (v.is_outside_radius) out.push(v.check_in_distance_m != null ? `${formatDistance(v.check_in_distance_m)} from the customer` : 'Outside the radius')
  if (v.is_poor_accuracy) out.push('Poor GPS accuracy')
  if (v.is_mock_location) out.push('Mock location')
  return out
}

export function VisitStatusBadge({ visit }: { visit: Visit }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="xs" variant="light" color={STATUS_COLORS[visit.status]}>
        {humanize(visit.status)}
      </Badge>
      {visit.is_flagged ? (
        <Badge size="xs" color="red" title={flagReasons(visit).join('; ')}>
          Flagged
        </Badge>
      ) : null}
    </Group>
  )
}

export function VisitTable({ visits, ownerName, showDate = true }: { visits: Visit[]; ownerName?: (id: string) => string; showDate?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Visits" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Customer</Table.Th>
            {showDate ? <Table.Th>Date</Table.Th> : null}
            {ownerName ? <Table.Th>Engineer</Table.Th> : null}
            <Table.Th>Status</Table.Th>
            <Table.Th>Check-in</Table.Th>
            <Table.Th>Flags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{v.route_position}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/field/visits/${v.id}`} size="sm" fw={600}>
                  {v.customer_name ?? 'Customer'}
                </Anchor>
              </Table.Td>
              {showDate ? <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(v.planned_date)}</Table.Td> : null}
              {ownerName ? <Table.Td>{ownerName(v.owner_id)}</Table.Td> : null}
              <Table.Td>
                <VisitStatusBadge visit={v} />
              </Table.Td>
              <Table.Td>{v.checked_in_at ? formatTime(v.checked_in_at) : '—'}</Table.Td>
              <Table.Td>
                <Text size="xs" c={v.is_flagged ? 'red' : 'dimmed'}>
                  {flagReasons(v).join('; ') || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
