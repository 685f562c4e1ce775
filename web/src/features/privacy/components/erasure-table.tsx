import { Badge, Group, Table, Text, Tooltip } from '@mantine/core'
import { formatCount, formatDateTime } from '@/lib/format'
import { personName, usePeople } from '@/lib/lookups/users'
import type { Erasure } from '../api/privacy'

const KIND_LABELS = { contact: 'Contact', lead: 'Lead' } as const

/** The erasures, newest first: who erased whom (by record), when and why, and how much was scrubbed. */
export function ErasureTable({ erasures }: { erasures: Erasure[] }) {
  const people = usePeople()
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Erasures" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who erased</Table.Th>
            <Table.Th>Person’s record</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th>Rows scrubbed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {erasures.map((e) => {
            const tables = Object.entries(e.rows_scrubbed).sort(([a], [b]) => a.localeCompare(b))
            const total = tables.reduce((sum, [, n]) => sum + n, 0)
            return (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(e.created_at)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.erased_by_id ? personName(people.data, e.erased_by_id) : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge size="sm" variant="light" color="gray">
                      {KIND_LABELS[e.kind]}
                    </Badge>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {e.subject_id}
                    </Text>
                  </Group>
                  {e.also_erased.map((o) => (
                    <Text key={o.id} size="xs" c="dimmed">
                      and its {o.kind} {o.id}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm">{e.reason}</Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={tables.map(([t, n]) => `${t}: ${n}`).join(' · ')} multiline w={280} disabled={tables.length === 0}>
                    <Text size="sm" style={{ cursor: tables.length ? 'help' : undefined }}>
                      {formatCount(total)} in {tables.length} {tables.length === 1 ? 'table' : 'tables'}
                    </Text>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
