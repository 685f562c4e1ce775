import { Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core'
import { Link } from 'react-router'
import { ChoiceFilterBar } from '@/components/lists/choice-filter'
import { formatDateTime } from '@/lib/format'
import type { Webhook, WebhookFilters } from '../api/webhooks'
import { WebhookHealth, WebhookStateBadge } from './webhook-health'

export const WEBHOOK_FILTER_KEYS = ['is_enabled'] as const

export function WebhookFiltersBar({ filters, onChange }: { filters: WebhookFilters; onChange: (patch: Partial<Record<keyof WebhookFilters, string | null>>) => void }) {
  return (
    <ChoiceFilterBar
      label="Status"
      options={[
        { value: 'true', label: 'Enabled' },
        { value: 'false', label: 'Paused or disabled' },
      ]}
      value={filters.is_enabled}
      onChange={(v) => onChange({ is_enabled: v })}
    />
  )
}

/** Event types in a line: the first two, then how many more (all of them on hover). */
export function EventTypesSummary({ types }: { types: string[] }) {
  const rest = types.length - 2
  return (
    <Group gap={4}>
      {types.slice(0, 2).map((t) => (
        <Badge key={t} size="sm" variant="light" tt="none">
          {t}
        </Badge>
      ))}
      {rest > 0 ? (
        <Tooltip label={types.slice(2).join(', ')} multiline w={300}>
          <Badge size="sm" variant="outline" color="gray" tt="none">
            +{rest} more
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  )
}

export function WebhookTable({ webhooks }: { webhooks: Webhook[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Webhooks" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>URL</Table.Th>
            <Table.Th>Event types</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Health</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {webhooks.map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td maw={360}>
                <Anchor component={Link} to={`/admin/webhooks/${w.id}`} fw={600} size="sm" style={{ wordBreak: 'break-all' }}>
                  {w.url}
                </Anchor>
                {w.description ? (
                  <Text size="xs" c="dimmed">
                    {w.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <EventTypesSummary types={w.event_types} />
              </Table.Td>
              <Table.Td>
                <WebhookStateBadge webhook={w} />
              </Table.Td>
              <Table.Td>
                <WebhookHealth webhook={w} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(w.created_at)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
