import { Anchor, Button, Card, Center, Text, ThemeIcon, Timeline, Title } from '@mantine/core'
import { IconCalendarEvent, IconChecks, IconLayoutKanban, IconPoint, IconTargetArrow } from '@tabler/icons-react'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { formatDateTime } from '@/lib/format'
import { useTimeline, type TimelineEvent } from '../api/get-timeline'

// Timeline subjects are named by their table, like the audit log's records.
const SUBJECT_PATHS: Record<string, string> = {
  leads: '/leads',
  opportunities: '/opportunities',
}

function icon(kind: string) {
  if (kind.startsWith('activity.completed')) return <IconChecks size={14} />
  if (kind.startsWith('activity')) return <IconCalendarEvent size={14} />
  if (kind.startsWith('lead')) return <IconTargetArrow size={14} />
  if (kind.startsWith('opportunity')) return <IconLayoutKanban size={14} />
  return <IconPoint size={14} />
}

function EventTitle({ event }: { event: TimelineEvent }) {
  const base = SUBJECT_PATHS[event.subject_type]
  return base ? (
    <Anchor component={Link} to={`${base}/${event.subject_id}`} size="sm" fw={600}>
      {event.title}
    </Anchor>
  ) : (
    <Text size="sm" fw={600}>
      {event.title}
    </Text>
  )
}

export function CustomerTimeline({ customerId }: { customerId: string }) {
  const query = useTimeline(customerId)
  const events = flattenPages(query.data)
  return (
    <Card>
      <Title order={4} mb="md">
        Timeline
      </Title>
      {query.isPending ? (
        <LoadingState label="Loading history…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has happened with this customer yet.
        </Text>
      ) : (
        <>
          <Timeline bulletSize={24} lineWidth={2}>
            {events.map((event) => (
              <Timeline.Item
                key={event.id}
                bullet={
                  <ThemeIcon size={24} radius="xl" variant="light">
                    {icon(event.kind)}
                  </ThemeIcon>
                }
                title={<EventTitle event={event} />}
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.occurred_at)}
                  {event.actor_label ? ` · ${event.actor_label}` : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
          {query.hasNextPage ? (
            <Center mt="md">
              <Button variant="default" size="xs" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                Show older events
              </Button>
            </Center>
          ) : null}
        </>
      )}
    </Card>
  )
}
