import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core'
import { IconBell, IconCheck, IconDots, IconPencil, IconX } from '@tabler/icons-react'
import { Link } from 'react-router'
import { formatDateTime, formatTime } from '@/lib/format'
import type { Activity } from '../api/get-agenda'
import { ActivityIcon } from './activity-icon'

export interface ActivityActions {
  onComplete: (a: Activity) => void
  onCancel: (a: Activity) => void
  onEdit: (a: Activity) => void
  /** On an agenda of several people: whose activity it is. */
  ownerOf?: (a: Activity) => string | undefined
}

interface ActivityItemProps extends ActivityActions {
  activity: Activity
  /** Show the full date (overdue lists) instead of the time alone. */
  withDate?: boolean
  compact?: boolean
}

const STATUS_COLORS = { planned: 'blue', done: 'green', cancelled: 'gray' } as const

export function ActivityItem({ activity: a, withDate, compact, onComplete, onCancel, onEdit, ownerOf }: ActivityItemProps) {
  const owner = ownerOf?.(a)
  const when = a.starts_at ?? a.due_at ?? a.scheduled_at
  const planned = a.status === 'planned'
  return (
    <Paper withBorder p={compact ? 6 : 'sm'} radius="md" bg={planned ? 'white' : 'gray.0'} aria-label={`${a.type}: ${a.subject}`}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <ActivityIcon type={a.type} size={compact ? 20 : 26} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {withDate ? formatDateTime(when) : formatTime(when)}
            {a.ends_at && !withDate ? `–${formatTime(a.ends_at)}` : ''}
          </Text>
          <Text size="sm" fw={600} td={a.status === 'cancelled' ? 'line-through' : undefined} lineClamp={2}>
            {a.subject}
          </Text>
          {!compact && a.outcome ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {a.outcome}
            </Text>
          ) : null}
          {!compact && a.location ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {a.location}
            </Text>
          ) : null}
          <Group gap={4}>
            {owner ? (
              <Badge size="xs" variant="light" color="grape">
                {owner}
              </Badge>
            ) : null}
            {a.status !== 'planned' ? (
              <Badge size="xs" color={STATUS_COLORS[a.status]} variant="light">
                {a.status}
              </Badge>
            ) : null}
            {a.reminder_at && planned ? (
              <Badge size="xs" variant="outline" color="orange" leftSection={<IconBell size={10} />}>
                {formatTime(a.reminder_at)}
              </Badge>
            ) : null}
            {a.customer_id ? (
              <Anchor component={Link} to={`/customers/${a.customer_id}`} size="xs">
                {a.customer_name ?? 'Customer'}
              </Anchor>
            ) : null}
            {a.opportunity_id ? (
              <Anchor component={Link} to={`/opportunities/${a.opportunity_id}`} size="xs">
                Deal
              </Anchor>
            ) : null}
            {a.lead_id ? (
              <Anchor component={Link} to={`/leads/${a.lead_id}`} size="xs">
                Lead
              </Anchor>
            ) : null}
          </Group>
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" size="sm" aria-label={`Actions for ${a.subject}`}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconCheck size={14} />} disabled={!planned} onClick={() => onComplete(a)}>
              Mark done…
            </Menu.Item>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(a)}>
              Edit
            </Menu.Item>
            <Menu.Item leftSection={<IconX size={14} />} color="red" disabled={!planned} onClick={() => onCancel(a)}>
              Cancel activity
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  )
}
