import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react'
import { describeError } from '@/lib/api/problem'
import type { Pipeline, Stage } from '@/lib/lookups/pipelines'
import { useDeleteStage, useReorderStages } from '../api/save-pipeline'

const KIND_COLORS = { open: 'blue', won: 'green', lost: 'red' } as const

export function StagesTable({ pipeline, onEdit }: { pipeline: Pipeline; onEdit: (stage: Stage) => void }) {
  const reorder = useReorderStages(pipeline.id)
  const remove = useDeleteStage(pipeline.id)
  const stages = [...pipeline.stages].sort((a, b) => a.position - b.position)
  const fail = (e: unknown) => notifications.show({ color: 'red', message: describeError(e) })
  const moveStage = (index: number, delta: -1 | 1) => {
    const ids = stages.map((s) => s.id)
    const [moved] = ids.splice(index, 1)
    ids.splice(index + delta, 0, moved!)
    reorder.mutate(ids, { onError: fail })
  }
  const confirmDelete = (stage: Stage) =>
    modals.openConfirmModal({
      title: `Delete stage ${stage.name}?`,
      children: <Text size="sm">Only a stage no deal is in or ever passed through can be deleted.</Text>,
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(stage, { onError: fail, onSuccess: () => notifications.show({ message: 'Stage deleted' }) }),
    })
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={`Stages of ${pipeline.name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Order</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Probability</Table.Th>
            <Table.Th>Requires</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((s, i) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Group gap={2}>
                  <ActionIcon variant="subtle" size="sm" disabled={i === 0 || reorder.isPending} onClick={() => moveStage(i, -1)} aria-label={`Move ${s.name} up`}>
                    <IconArrowUp size={14} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" size="sm" disabled={i === stages.length - 1 || reorder.isPending} onClick={() => moveStage(i, 1)} aria-label={`Move ${s.name} down`}>
                    <IconArrowDown size={14} />
                  </ActionIcon>
                </Group>
              </Table.Td>
              <Table.Td fw={600}>{s.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={KIND_COLORS[s.kind]}>
                  {s.kind}
                </Badge>
              </Table.Td>
              <Table.Td>{s.probability}%</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {s.required_fields.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    s.required_fields.map((f) => (
                      <Badge key={f.key} variant="outline" size="sm" color={f.required ? 'dark' : 'gray'}>
                        {f.label}
                      </Badge>
                    ))
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={2}>
                  <ActionIcon variant="subtle" onClick={() => onEdit(s)} aria-label={`Edit ${s.name}`}>
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" onClick={() => confirmDelete(s)} aria-label={`Delete ${s.name}`}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
