import { ActionIcon, Indicator, Popover, Stack, Text, Anchor } from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { formatDateTime } from '@/lib/format'
import { useAgenda } from '../api/get-agenda'
import { addDays, parseDay } from './agenda-range'

/** Reminders due now, in the header on every page (the agenda refreshes every minute). */
export function RemindersBell() {
  const [today] = useState(() => parseDay(undefined))
  const agenda = useAgenda(today, addDays(today, 1))
  const reminders = agenda.data?.reminders ?? []
  return (
    <Popover position="bottom-end" width={300} shadow="md" withArrow>
      <Popover.Target>
        <Indicator disabled={reminders.length === 0} label={reminders.length} size={16} color="orange" offset={4}>
          <ActionIcon variant="subtle" size="lg" aria-label={`Reminders: ${reminders.length} due`}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            Reminders
          </Text>
          {reminders.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing due right now.
            </Text>
          ) : (
            reminders.map((r) => (
              <div key={r.id}>
                <Text size="sm" fw={500}>
                  {r.subject}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(r.starts_at ?? r.due_at ?? r.scheduled_at)}
                </Text>
              </div>
            ))
          )}
          <Anchor component={Link} to="/activities" size="sm">
            Open my agenda
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
