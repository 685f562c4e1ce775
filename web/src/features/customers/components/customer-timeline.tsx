import { Anchor, Button, Card, Center, Text, ThemeIcon, Timeline, Title } from '@mantine/core'
import { IconPoint } from '@tabler/icons-react'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { formatDateTime } from '@/lib/format'
import { useTimeline, type TimelineEvent } from '../api/get-timeline'
import { TIMELINE_KINDS } from './timeline-kinds'

// Timeline subjects are named by their table, like the audit log's records.
const SUBJECT_PATHS: Record<string, string> = {
  leads: '/leads',
  opportunities: '/opportunities',
}

function Bullet({ kind }: { kind: TimelineEvent['kind'] }) {
  // An older server may send a kind this build does not know yet.
  const known = TIMELINE_KINDS[kind] as (typeof TIMELINE_KINDS)[typeof kind] | undefined
  const Icon = known?.icon ?? IconPoint
  return (
    <ThemeIcon size={24} radius="xl" variant="light" color={known?.color ?? 'gray'} role="img" aria-label={known?.label ?? kind}>
      <Icon size={14} />
    </ThemeIcon>
  )
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
                bullet={<Bullet kind={event.kind} />}
                title={<EventTitle event={event} />}
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.occurred_at)}
                  {event.actor_label ? ` · ${event.actor_label === 'system' ? 'System' : event.actor_label}` : ''}
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
