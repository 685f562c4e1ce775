import { useDroppable } from '@dnd-kit/core'
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatMoneyShort } from '@/lib/format'
import type { BoardColumn as Column } from '../api/get-board'

const KIND_COLORS = { open: 'blue', won: 'green', lost: 'red' } as const

export function BoardColumnTotals({ column }: { column: Column }) {
  if (column.totals.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No deals
      </Text>
    )
  }
  return (
    <Stack gap={0}>
      {column.totals.map((t) => (
        <Group key={t.currency} gap={6} wrap="nowrap">
          <Text size="sm" fw={700} data-testid={`total-${column.stage.name}`}>
            {formatMoneyShort(t.amount, t.currency)}
          </Text>
          <Text size="xs" c="dimmed" title="Weighted by probability">
            ({formatMoneyShort(t.weighted_amount, t.currency)} weighted)
          </Text>
        </Group>
      ))}
    </Stack>
  )
}

interface BoardColumnProps {
  column: Column
  children: ReactNode
  moreHref: string
}

export function BoardColumn({ column, children, moreHref }: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id })
  const { stage } = column
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      bg={isOver ? 'blue.0' : 'gray.0'}
      style={{ width: 264, flex: '0 0 264px', display: 'flex', flexDirection: 'column', outline: isOver ? '2px dashed var(--mantine-color-blue-5)' : undefined }}
      role="region"
      aria-label={`${stage.name} stage`}
    >
      <Stack gap={4} mb="xs" px={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm" lineClamp={1}>
            {stage.name}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Badge size="sm" variant="light" color={KIND_COLORS[stage.kind]}>
              {stage.probability}%
            </Badge>
            <Badge size="sm" variant="filled" color="gray" data-testid={`count-${stage.name}`} aria-label={`${column.count} deals`}>
              {column.count}
            </Badge>
          </Group>
        </Group>
        <BoardColumnTotals column={column} />
      </Stack>
      <Stack gap={6} style={{ flex: 1, minHeight: 80 }}>
        {children}
        {column.next_cursor ? (
          <Anchor component={Link} to={moreHref} size="xs" ta="center" py={4}>
            See all {column.count} in the list
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  )
}
