import { Anchor, Button, Card, Grid, Stack, Title } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useDelivery } from '@/features/deliveries/api/deliveries'
import { CancelDeliveryDialog } from '@/features/deliveries/components/cancel-delivery-dialog'
import { DeliveryLinesTable } from '@/features/deliveries/components/delivery-lines-table'
import { DeliveryNextStep } from '@/features/deliveries/components/delivery-next-step'
import { DeliveryProgress } from '@/features/deliveries/components/delivery-progress'
import { deliveryActions } from '@/features/deliveries/components/delivery-rules'
import { DeliveryStatusBadge } from '@/features/deliveries/components/delivery-status'
import { DeliverySummary } from '@/features/deliveries/components/delivery-summary'
import { useWarehouses } from '@/features/inventory/api/inventory'
import { useCan } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'

export function Component() {
  const { deliveryId = '' } = useParams()
  const query = useDelivery(deliveryId)
  const people = usePeople()
  const warehouses = useWarehouses()
  const canWrite = useCan('deliveries:write')
  const [cancelling, setCancelling] = useState(false)
  if (query.isPending) return <LoadingState label="Loading delivery…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { data: delivery, etag } = query.data
  const reload = () => void query.refetch()
  const warehouse = warehouses.data?.find((w) => w.id === delivery.warehouse_id)
  return (
    <>
      <PageHeader
        title={`Delivery ${delivery.number}`}
        description={[delivery.customer_name, `for order ${delivery.sales_order_number}`].filter(Boolean).join(' · ')}
        badge={<DeliveryStatusBadge status={delivery.status} size="lg" />}
        actions={
          deliveryActions(delivery, canWrite).includes('cancel') ? (
            <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setCancelling(true)}>
              Cancel delivery
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <DeliveryProgress delivery={delivery} />
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <DeliveryNextStep delivery={delivery} etag={etag} canWrite={canWrite} onReload={reload} />
              <Card p={0}>
                <Title order={4} p="md" pb={0}>
                  Lines
                </Title>
                <DeliveryLinesTable lines={delivery.lines} />
              </Card>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <DeliverySummary delivery={delivery} warehouse={warehouse ? `${warehouse.code} · ${warehouse.name}` : delivery.warehouse_id ? '…' : 'None (no stock moves)'} ownerName={personName(people.data, delivery.owner_id)} />
              <Anchor component={Link} to="/deliveries" size="sm">
                All deliveries
              </Anchor>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {cancelling ? <CancelDeliveryDialog delivery={delivery} etag={etag} onReload={reload} onClose={() => setCancelling(false)} /> : null}
    </>
  )
}
