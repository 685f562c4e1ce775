import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconHistory, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { useDeliveries, type DeliveryFilters } from '../api/deliveries'
import type { Webhook } from '../api/webhooks'
import { DeliveryDetailModal } from './delivery-detail'
import { DeliveryFiltersBar, DeliveryTable } from './delivery-table'
import { ReplayRangeModal } from './replay-range-modal'

export const DELIVERY_FILTER_KEYS = ['status', 'event_type', 'delivery'] as const

interface DeliveryLogProps {
  webhook: Webhook
  /** The list's filters and the delivery shown, from the URL. */
  filters: DeliveryFilters & { delivery?: string }
  onChange: (patch: Partial<Record<(typeof DELIVERY_FILTER_KEYS)[number], string | null>>) => void
}

/** The webhook's delivery log, newest first, with its filters, a delivery's detail and replays. */
export function DeliveryLog({ webhook, filters, onChange }: DeliveryLogProps) {
  const { delivery, ...listFilters } = filters
  const query = useDeliveries(webhook.id, listFilters)
  const [replaying, setReplaying] = useState(false)
  const deliveries = flattenPages(query.data)
  const filtered = Boolean(listFilters.status || listFilters.event_type)
  return (
    <Card component="section" aria-labelledby="delivery-log" p={0}>
      <Stack gap="sm" p="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4} id="delivery-log">
              Delivery log
            </Title>
            <Text size="sm" c="dimmed">
              Each event sent or to send, newest first. Finished deliveries are kept for 30 days.
            </Text>
          </div>
          <Group gap="xs">
            <Button variant="subtle" leftSection={<IconRefresh size={16} />} loading={query.isRefetching && !query.isFetchingNextPage} onClick={() => void query.refetch()}>
              Refresh
            </Button>
            <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setReplaying(true)}>
              Replay a time range…
            </Button>
          </Group>
        </Group>
        <DeliveryFiltersBar filters={listFilters} eventTypes={webhook.event_types} onChange={onChange} />
      </Stack>
      {query.isPending ? (
        <LoadingState label="Loading deliveries…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : deliveries.length === 0 ? (
        <EmptyState
          title={filtered ? 'No deliveries match these filters' : 'Nothing delivered yet'}
          description={filtered ? 'Clear a filter to see more.' : 'Events of its types that happen from now on show here; earlier ones can be replayed.'}
        />
      ) : (
        <>
          <DeliveryTable deliveries={deliveries} onOpen={(d) => onChange({ delivery: d.id })} />
          <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={deliveries.length} noun="deliveries" one="delivery" />
        </>
      )}
      {delivery ? <DeliveryDetailModal webhookId={webhook.id} deliveryId={delivery} onClose={() => onChange({ delivery: null })} /> : null}
      {replaying ? <ReplayRangeModal webhookId={webhook.id} onClose={() => setReplaying(false)} /> : null}
    </Card>
  )
}
