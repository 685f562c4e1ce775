import { Button, Card, Group, Text, Title } from '@mantine/core'
import { IconTruck } from '@tabler/icons-react'
import { useState } from 'react'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { useDeliveries, type DeliverableOrder } from '../api/deliveries'
import { isDeliverable, planLines } from './delivery-plan'
import { DeliveryTable } from './delivery-table'
import { NewDeliveryDialog } from './new-delivery-dialog'

/** The order's deliveries, and "New delivery" while the order still owes something. */
export function OrderDeliveriesCard({ order }: { order: DeliverableOrder }) {
  const canRead = useCan('deliveries:read')
  const canWrite = useCan('deliveries:write')
  // The server's page limit: an order has a handful of deliveries, and the open ones must all count.
  const query = useDeliveries({ sales_order_id: order.id }, 200)
  const [creating, setCreating] = useState(false)
  if (!canRead) return null
  const deliveries = flattenPages(query.data)
  const owes = planLines(order, deliveries).some((p) => p.owed !== '0')
  const canCreate = canWrite && isDeliverable(order) && query.isSuccess && owes
  return (
    <Card p={0}>
      <Group justify="space-between" p="md" pb={deliveries.length ? 0 : 'md'}>
        <Title order={4}>Deliveries</Title>
        {canCreate ? (
          <Button size="xs" leftSection={<IconTruck size={14} />} onClick={() => setCreating(true)}>
            New delivery
          </Button>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : deliveries.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {isDeliverable(order) ? 'None yet: a delivery takes what the warehouse holds for the order.' : order.status === 'draft' || order.status === 'credit_hold' ? 'Deliveries start once the order is confirmed.' : 'None.'}
        </Text>
      ) : (
        <DeliveryTable deliveries={deliveries} label="Deliveries of this order" compact />
      )}
      {creating ? <NewDeliveryDialog order={order} deliveries={deliveries} onClose={() => setCreating(false)} /> : null}
    </Card>
  )
}
