import { Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { useRelatedActivities, type ActivityLinks } from '../api/get-activities'
import { ActivityItem } from './activity-item'
import { ActivityModal } from './activity-modal'
import { useActivityActions } from './use-activity-actions'

interface RelatedActivitiesProps {
  links: ActivityLinks
  canWrite: boolean
  canAssign: boolean
}

/** Calls, meetings and tasks about one lead, deal or customer, with "plan one". */
export function RelatedActivities({ links, canWrite, canAssign }: RelatedActivitiesProps) {
  const query = useRelatedActivities(links)
  const { actions, dialogs } = useActivityActions(canAssign)
  const [planning, setPlanning] = useState(false)
  const items = flattenPages(query.data)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Activities</Title>
        {canWrite ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setPlanning(true)}>
            Plan activity
          </Button>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No activities yet.
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((a) => (
            <ActivityItem key={a.id} activity={a} withDate {...actions} />
          ))}
          {query.hasNextPage ? (
            <Center>
              <Button variant="subtle" size="xs" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                Show more
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
      {dialogs}
      {planning ? <ActivityModal defaults={links} canAssign={canAssign} onClose={() => setPlanning(false)} /> : null}
    </Card>
  )
}
