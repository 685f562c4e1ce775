import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import type { Activity } from '../api/get-agenda'
import { ActivityItem, type ActivityActions } from './activity-item'

interface PanelProps extends ActivityActions {
  title: string
  empty: string
  activities: Activity[]
  color: string
}

function Panel({ title, empty, activities, color, ...actions }: PanelProps) {
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={5}>{title}</Title>
        <Badge color={activities.length ? color : 'gray'} variant="light">
          {activities.length}
        </Badge>
      </Group>
      {activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>
          {activities.map((a) => (
            <ActivityItem key={a.id} activity={a} withDate {...actions} />
          ))}
        </Stack>
      )}
    </Card>
  )
}

export function AgendaSidePanel({ overdue, reminders, ...actions }: ActivityActions & { overdue: Activity[]; reminders: Activity[] }) {
  return (
    <>
      <Panel title="Reminders due" empty="No reminders right now." activities={reminders} color="orange" {...actions} />
      <Panel title="Overdue" empty="Nothing overdue. Well done." activities={overdue} color="red" {...actions} />
    </>
  )
}
