import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAgenda } from '../api/get-agenda'
import { ActivityItem } from './activity-item'
import { addDays, parseDay } from './agenda-range'
import { useActivityActions } from './use-activity-actions'

/** Today's activities and what is overdue, on the home page. */
export function TodayCard({ canAssign }: { canAssign: boolean }) {
  const [today] = useState(() => parseDay(undefined))
  const agenda = useAgenda(today, addDays(today, 1))
  const { actions, dialogs } = useActivityActions(canAssign)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Today</Title>
        <Anchor component={Link} to="/activities?view=day" size="sm">
          My agenda
        </Anchor>
      </Group>
      {agenda.isPending ? (
        <LoadingState />
      ) : agenda.isError ? (
        <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : (
        <Stack gap="xs">
          {agenda.data.activities.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing planned today.
            </Text>
          ) : (
            agenda.data.activities.slice(0, 6).map((a) => <ActivityItem key={a.id} activity={a} {...actions} />)
          )}
          <Group justify="space-between" mt="xs">
            <Text fw={600} size="sm">
              Overdue
            </Text>
            <Badge color={agenda.data.overdue.length ? 'red' : 'gray'} variant="light" data-testid="overdue-count">
              {agenda.data.overdue.length}
            </Badge>
          </Group>
          {agenda.data.overdue.slice(0, 4).map((a) => (
            <ActivityItem key={a.id} activity={a} withDate {...actions} />
          ))}
          {agenda.data.overdue.length > 4 ? (
            <Anchor component={Link} to="/activities" size="sm">
              {agenda.data.overdue.length - 4} more overdue
            </Anchor>
          ) : null}
        </Stack>
      )}
      {dialogs}
    </Card>
  )
}
