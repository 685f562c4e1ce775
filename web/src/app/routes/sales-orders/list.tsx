import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useSalesOrders } from '@/features/sales-orders/api/get-sales-orders'
import { SALES_ORDER_FILTER_KEYS, SalesOrderFilters } from '@/features/sales-orders/components/sales-order-filters'
import { SalesOrderTable } from '@/features/sales-orders/components/sales-order-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(SALES_ORDER_FILTER_KEYS)
  const query = useSalesOrders(filters)
  const people = usePeople()
  const canWrite = useCan('sales_orders:write')
  const orders = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageHeader
        title="Sales orders"
        description="Orders from accepted quotes and direct orders, from draft to closed."
        actions={
          canWrite ? (
            <Button component={Link} to="/sales-orders/new" leftSection={<IconPlus size={16} />}>
              New order
            </Button>
          ) : null
        }
      />
      <SalesOrderFilters filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading orders…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : orders.length === 0 ? (
          <EmptyState
            title={filtered ? 'No orders match these filters' : 'No orders yet'}
            description={filtered ? 'Try a broader search or clear a filter.' : 'An accepted quote makes its order; you can also enter one directly.'}
          />
        ) : (
          <>
            <SalesOrderTable orders={orders} ownerName={(id) => personName(people.data, id)} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={orders.length} noun="orders" />
          </>
        )}
      </Card>
    </>
  )
}
