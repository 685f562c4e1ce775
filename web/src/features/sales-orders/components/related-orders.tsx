import { Anchor, Card, Group, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { useSalesOrders } from '../api/get-sales-orders'
import { SalesOrderTable } from './sales-order-table'

/** A customer's or a deal's sales orders, newest first (a small table like the quotes card). */
export function RelatedOrders({ links }: { links: { customer_id: string } | { opportunity_id: string; customer_id: string } }) {
  const filters = 'opportunity_id' in links ? { opportunity_id: links.opportunity_id } : { customer_id: links.customer_id }
  const query = useSalesOrders(filters, 10)
  const orders = flattenPages(query.data)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Sales orders</Title>
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : orders.length === 0 ? (
        <Text size="sm" c="dimmed">
          No orders yet.
        </Text>
      ) : (
        <>
          <SalesOrderTable orders={orders} label="Related sales orders" compact />
          {query.hasNextPage ? (
            <Anchor component={Link} to={`/sales-orders?customer_id=${links.customer_id}`} size="sm">
              All orders
            </Anchor>
          ) : null}
        </>
      )}
    </Card>
  )
}
