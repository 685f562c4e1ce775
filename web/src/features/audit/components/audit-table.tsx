import { ActionIcon, Anchor, Badge, Code, Table, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { Fragment, useState } from 'react'
import { Link } from 'react-router'
import { formatDateTime } from '@/lib/format'
import type { AuditEntry } from '../api/get-audit'
import { AuditDiff } from './audit-diff'
import { actionLabel, actorLabel, entityTypeLabel, OPERATION_COLORS, recordPath } from './audit-labels'

/** The record by the name it had at the time of the change; its id only in the tooltip. */
function RecordCell({ entry }: { entry: AuditEntry }) {
  const name = entry.entity_label ?? `${entityTypeLabel(entry.entity_type)} without a name`
  const path = recordPath(entry)
  return (
    <>
      {path ? (
        <Anchor component={Link} to={path} size="sm" fw={500} title={entry.entity_id}>
          {name}
        </Anchor>
      ) : (
        <Text size="sm" fw={500} title={entry.entity_id}>
          {name}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {entityTypeLabel(entry.entity_type)}
        {entry.version !== null ? ` · version ${entry.version}` : ''}
      </Text>
    </>
  )
}

export function AuditTable({ entries, people }: { entries: AuditEntry[]; people?: readonly { id: string; full_name: string }[] }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th visibleFrom="lg">Request</Table.Th>
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
                  <Table.Td>{actorLabel(e, people)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={OPERATION_COLORS[e.operation] ?? 'gray'} tt="none">
                      {actionLabel(e.action)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <RecordCell entry={e} />
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
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
