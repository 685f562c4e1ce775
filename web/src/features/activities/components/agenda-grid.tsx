import { ActionIcon, Group, Paper, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { formatDate, formatDayMonth } from '@/lib/format'
import type { Activity } from '../api/get-agenda'
import { ActivityItem, type ActivityActions } from './activity-item'
import { sameDay, type AgendaView } from './agenda-range'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const
const dayName = (day: Date) => WEEKDAYS[day.getDay()]!.slice(0, 3)
const longDay = (day: Date) => `${WEEKDAYS[day.getDay()]}, ${formatDate(day)}`

function when(a: Activity): Date {
  return new Date(a.starts_at ?? a.due_at ?? a.scheduled_at)
}

interface AgendaGridProps extends ActivityActions {
  view: AgendaView
  days: Date[]
  activities: Activity[]
  today?: Date
  onPlan: (day: Date) => void
}

/** The week as seven columns (stacked on narrow screens), or one day as a list. */
export function AgendaGrid({ view, days, activities, today = new Date(), onPlan, ...actions }: AgendaGridProps) {
  const sorted = [...activities].sort((a, b) => when(a).getTime() - when(b).getTime())
  return (
    <SimpleGrid cols={view === 'day' ? 1 : { base: 1, sm: 2, md: 4, xl: 7 }} spacing="sm">
      {days.map((day) => {
        const items = sorted.filter((a) => sameDay(when(a), day))
        const isToday = sameDay(day, today)
        return (
          <Paper
            key={day.toISOString()}
            withBorder
            p="xs"
            radius="md"
            bg={isToday ? 'blue.0' : 'white'}
            role="region"
            aria-label={longDay(day)}
          >
            <Group mb="xs" justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Text size="xs" tt="uppercase" fw={700} c={isToday ? 'blue.7' : 'dimmed'}>
                  {view === 'day' ? longDay(day) : dayName(day)}
                </Text>
                {view === 'week' ? (
                  <Text size="sm" fw={600}>
                    {formatDayMonth(day)}
                  </Text>
                ) : null}
              </div>
              <ActionIcon variant="subtle" size="sm" onClick={() => onPlan(day)} aria-label={`Plan an activity on ${longDay(day)}`}>
                <IconPlus size={14} />
              </ActionIcon>
            </Group>
            <ScrollArea.Autosize mah={view === 'day' ? undefined : 560} scrollbars="y">
              <Stack gap={6}>
                {items.length === 0 ? (
                  <Text size="xs" c="dimmed" py="sm">
                    Nothing planned
                  </Text>
                ) : (
                  items.map((a) => <ActivityItem key={a.id} activity={a} compact={view === 'week'} {...actions} />)
                )}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
        )
      })}
    </SimpleGrid>
  )
}
