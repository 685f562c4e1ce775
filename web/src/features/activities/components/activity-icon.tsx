import { ThemeIcon } from '@mantine/core'
import { IconCalendarEvent, IconChecklist, IconMail, IconPhone, IconUsers } from '@tabler/icons-react'
import type { ActivityType } from '../api/get-agenda'

const ICONS = { call: IconPhone, email: IconMail, meeting: IconUsers, appointment: IconCalendarEvent, task: IconChecklist }
const COLORS = { call: 'teal', email: 'indigo', meeting: 'grape', appointment: 'orange', task: 'blue' }

export function ActivityIcon({ type, size = 26 }: { type: ActivityType; size?: number }) {
  const Icon = ICONS[type]
  return (
    <ThemeIcon size={size} radius="xl" variant="light" color={COLORS[type]} aria-hidden>
      <Icon size={size * 0.6} />
    </ThemeIcon>
  )
}

export const ACTIVITY_TYPES: { value: ActivityType; label: string }[] = [
  { value: 'call', label: 'Call' },
  { value: 'email', label: 'Email' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'appointment', label: 'Appointment' },
  { value: 'task', label: 'Task' },
]
