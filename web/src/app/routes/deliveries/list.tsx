import { Card } from '@mantine/core'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useDeliveries } from '@/features/deliveries/api/deliveries'
import { DELIVERY_FILTER_KEYS, DeliveryFilters } from '@/features/deliveries/components/delivery-filters'
import { DeliveryTable } from '@/features/deliveries/components/delivery-table'
import { flattenPages } from '@/lib/api/pagination'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(DELIVERY_FILTER_KEYS)
  const query = useDeliveries(filters)
  const deliveries = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageHeader title="Deliveries" description="What leaves the warehouse for each order: picked, packed, shipped and delivered." />
      <DeliveryFilters filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading deliveries…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : deliveries.length === 0 ? (
          <EmptyState
            title={filtered ? 'No deliveries match these filters' : 'No deliveries yet'}
            description={filtered ? 'Try a broader search or clear a filter.' : 'A delivery is made from a confirmed order’s page.'}
          />
        ) : (
          <>
            <DeliveryTable deliveries={deliveries} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={deliveries.length} noun="deliveries" one="delivery" />
          </>
        )}
      </Card>
    </>
  )
}
