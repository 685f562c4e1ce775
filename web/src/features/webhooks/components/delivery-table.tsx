import { Anchor, Group, Select, Table, Text } from '@mantine/core'
import { formatDateTime } from '@/lib/format'
import type { DeliveryFilters, WebhookDelivery } from '../api/deliveries'
import type { WebhookEventType } from '../api/webhooks'
import { DELIVERY_STATUSES, DeliveryStatusBadge } from './delivery-status'

interface DeliveryFiltersProps {
  filters: DeliveryFilters
  eventTypes: WebhookEventType[]
  onChange: (patch: Partial<Record<keyof DeliveryFilters, string | null>>) => void
}

export function DeliveryFiltersBar({ filters, eventTypes, onChange }: DeliveryFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Status"
        placeholder="Any"
        data={DELIVERY_STATUSES.map(({ value, label }) => ({ value, label }))}
        clearable
        value={filters.status ?? null}
        onChange={(v) => onChange({ status: v })}
        w={{ base: '100%', xs: 160 }}
      />
      <Select
        label="Event type"
        placeholder="Any"
        data={eventTypes}
        searchable
        clearable
        value={filters.event_type ?? null}
        onChange={(v) => onChange({ event_type: v })}
        w={{ base: '100%', xs: 260 }}
      />
    </Group>
  )
}

/** What became of the last attempt, in a few words. */
function lastOutcome(d: WebhookDelivery): string {
  if (d.attempt_count === 0) return d.next_attempt_at ? `Not sent yet; due ${formatDateTime(d.next_attempt_at)}` : 'Waits for an earlier delivery of the record'
  const answer = d.last_status_code ? `HTTP ${d.last_status_code}` : (d.last_error ?? 'No answer')
  if (d.status === 'pending') return `${answer}; next attempt ${d.next_attempt_at ? formatDateTime(d.next_attempt_at) : 'after an earlier delivery'}`
  return d.status === 'failed' && d.last_error && d.last_status_code ? `${answer}: ${d.last_error}` : answer
}

export function DeliveryTable({ deliveries, onOpen }: { deliveries: WebhookDelivery[]; onOpen: (d: WebhookDelivery) => void }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Deliveries" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Queued</Table.Th>
            <Table.Th>Event type</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Attempts</Table.Th>
            <Table.Th>Last attempt</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen(d)} aria-label={`Delivery of ${d.event_type}, ${formatDateTime(d.created_at)}`}>
                  {formatDateTime(d.created_at)}
                </Anchor>
                {d.replay_of_id ? (
                  <Text size="xs" c="dimmed">
                    Replay
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {d.event_type}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" ff="monospace">
                  {d.entity_type} {d.entity_id.slice(0, 8)}…
                </Text>
              </Table.Td>
              <Table.Td>
                <DeliveryStatusBadge status={d.status} />
              </Table.Td>
              <Table.Td ta="right">{d.attempt_count}</Table.Td>
              <Table.Td maw={320}>
                <Text size="xs">{d.last_attempt_at ? formatDateTime(d.last_attempt_at) : '—'}</Text>
                <Text size="xs" c={d.status === 'failed' ? 'red.8' : 'dimmed'} lineClamp={2}>
                  {lastOutcome(d)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
