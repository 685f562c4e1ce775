import { Badge, Table, Text } from '@mantine/core'
import { formatDateTime, humanize } from '@/lib/format'
import type { LoginEvent } from '../api/get-login-events'
import { describeUserAgent } from './device'

export function LoginEventsTable({ events }: { events: LoginEvent[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Login events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Device</Table.Th>
            <Table.Th>IP address</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.occurred_at)}</Table.Td>
              <Table.Td>{e.email}</Table.Td>
              <Table.Td>
                <Badge color={e.succeeded ? 'green' : 'red'} variant="light">
                  {humanize(e.outcome)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={e.user_agent ?? undefined}>
                  {describeUserAgent(e.user_agent)}
                </Text>
                {e.device_name ? (
                  <Text size="xs" c="dimmed" lineClamp={1} maw={320}>
                    {e.device_name}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{e.ip_address ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
