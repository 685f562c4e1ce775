import { useDraggable } from '@dnd-kit/core'
import { ActionIcon, Anchor, Group, Menu, Paper, Text } from '@mantine/core'
import { IconArrowsRightLeft, IconCalendar } from '@tabler/icons-react'
import { Link } from 'react-router'
import { formatDate, formatMoney, formatMoneyShort } from '@/lib/format'
import type { Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'

interface OpportunityCardProps {
  opportunity: Opportunity
  stages: Stage[]
  ownerName: string
  pending: boolean
  onMoveTo: (opportunity: Opportunity, stage: Stage) => void
}

export function OpportunityCard({ opportunity: o, stages, ownerName, pending, onMoveTo }: OpportunityCardProps) {
  // A won or lost deal does not move (the API refuses it): it is reopened on its page.
  const closed = o.status !== 'open'
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: o.id, disabled: closed })
  const overdue = o.status === 'open' && new Date(`${o.expected_close_date}T23:59:59`) < new Date()
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      radius="md"
      shadow={isDragging ? 'md' : 'xs'}
      data-testid={`card-${o.id}`}
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        opacity: pending ? 0.5 : 1,
        cursor: closed ? 'default' : 'grab',
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
        touchAction: 'none',
      }}
      {...attributes}
      {...listeners}
      aria-label={`${o.title}, ${formatMoney(o.amount, o.currency)}.${closed ? ` ${o.status === 'won' ? 'Won' : 'Lost'}.` : ' Press space to pick up and move with the arrow keys.'}`}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor
          component={Link}
          to={`/opportunities/${o.id}`}
          size="sm"
          fw={600}
          lineClamp={2}
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
        >
          {o.title}
        </Anchor>
        {closed ? null : (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Move ${o.title} to another stage`}
              onPointerDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
            >
              <IconArrowsRightLeft size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Move to</Menu.Label>
            {stages
              .filter((s) => s.id !== o.stage_id)
              .map((s) => (
                <Menu.Item key={s.id} onClick={() => onMoveTo(o, s)} color={s.kind === 'lost' ? 'red' : s.kind === 'won' ? 'green' : undefined}>
                  {s.name}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
        )}
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {o.customer_name ?? 'Customer not visible'}
      </Text>
      <Group justify="space-between" mt={6} gap={4}>
        <Text size="sm" fw={700}>
          {formatMoneyShort(o.amount, o.currency)}
        </Text>
        <Group gap={2} c={overdue ? 'red' : 'dimmed'}>
          <IconCalendar size={12} />
          <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
            {formatDate(o.expected_close_date)}
          </Text>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {ownerName} · {o.probability}%
      </Text>
    </Paper>
  )
}
