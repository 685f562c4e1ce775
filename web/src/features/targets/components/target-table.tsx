import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { AttainmentBar } from '@/components/ui/attainment-bar'
import { formatCount, formatDate, formatMoney, humanize } from '@/lib/format'
import { periodLabel, PERIOD_LABELS } from '@/lib/periods'
import type { Target } from '../api/targets'

interface TargetTableProps {
  targets: Target[]
  /** With `targets:manage`: each row's Edit and Delete. */
  onEdit?: (target: Target) => void
  onDelete?: (target: Target) => void
}

/** Targets and their attainment so far: the API's figures, bars for drawing only. */
export function TargetTable({ targets, onEdit, onDelete }: TargetTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Targets" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th w="32%">Revenue</Table.Th>
            <Table.Th w="22%">Visits</Table.Th>
            {onEdit || onDelete ? <Table.Th w={90} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((t) => {
            const who = t.subject_name ?? '—'
            return (
              <Table.Tr key={t.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {who}
                  </Text>
                  <Badge size="xs" variant="light" color={t.subject === 'engineer' ? 'blue' : t.subject === 'team' ? 'grape' : 'teal'}>
                    {humanize(t.subject)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{periodLabel(t.period, t.period_start, t.period_end)}</Text>
                  <Text size="xs" c="dimmed">
                    {PERIOD_LABELS[t.period]} · {formatDate(t.period_start)} – {formatDate(t.period_end)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AttainmentBar label="Booked" subject={who} actual={formatMoney(t.revenue_actual, t.currency)} target={formatMoney(t.revenue, t.currency)} percent={t.revenue_percent} />
                  {t.quantity !== null ? (
                    <Text size="xs" c="dimmed" mt={4}>
                      Units: {t.quantity_actual ?? '0'} of {t.quantity} ({t.quantity_percent ?? '—'}%)
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {t.visits !== null ? (
                    <AttainmentBar label="Done" subject={`${who} visits`} actual={formatCount(t.visits_actual ?? 0)} target={formatCount(t.visits)} percent={t.visits_percent} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                {onEdit || onDelete ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {onEdit ? (
                        <Tooltip label="Edit figures">
                          <ActionIcon variant="subtle" aria-label={`Edit the target of ${who}, ${periodLabel(t.period, t.period_start, t.period_end)}`} onClick={() => onEdit(t)}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                      {onDelete ? (
                        <Tooltip label="Delete">
                          <ActionIcon variant="subtle" color="red" aria-label={`Delete the target of ${who}, ${periodLabel(t.period, t.period_start, t.period_end)}`} onClick={() => onDelete(t)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
