import { ActionIcon, Badge, Code, Table, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { Fragment, useState } from 'react'
import { formatDateTime, humanize } from '@/lib/format'
import type { AuditEntry } from '../api/get-audit'
import { AuditDiff } from './audit-diff'

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' }

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th>Request</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const expanded = open === e.id
            return (
              <Fragment key={e.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-label={expanded ? 'Hide changes' : 'Show changes'}
                      onClick={() => setOpen(expanded ? null : e.id)}
                    >
                      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>{formatDateTime(e.occurred_at)}</Table.Td>
                  <Table.Td>{e.actor_label}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={ACTION_COLORS[e.action.split('.').pop() ?? ''] ?? 'gray'}>
                      {e.action}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{humanize(e.entity_type)}</Text>
                    <Code fz="xs">{e.entity_id}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Code fz="xs">{e.request_id ?? '—'}</Code>
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={5}>
                      <AuditDiff before={e.before} after={e.after} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
