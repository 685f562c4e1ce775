import { Alert, Anchor, Text } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useCustomerMapPoints, type CustomerPoint } from '../api/get-customer-map-points'
import type { CustomerFilters } from '../api/get-customers'

const ClusterMap = lazy(() => import('@/components/ui/map/cluster-map').then((m) => ({ default: m.ClusterMap })))

function CustomerPopup(point: CustomerPoint) {
  return (
    <Anchor component={Link} to={`/customers/${point.id}`} fw={600} size="sm">
      {point.label}
    </Anchor>
  )
}

/** Every customer the filters select (not only the loaded page), clustered by zoom level. */
export function CustomerMap({ filters }: { filters: CustomerFilters }) {
  const query = useCustomerMapPoints(filters)
  if (query.isPending) return <LoadingState label="Loading the map…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { points, truncated, withoutCoordinates } = query.data
  const count = points.length.toLocaleString('en-IN')
  return (
    <Suspense fallback={<LoadingState label="Loading map…" />}>
      {truncated ? (
        <Alert color="yellow" m="xs" title="Not every customer is on the map">
          The first {count} customers are shown. Narrow the filters to see the rest.
        </Alert>
      ) : null}
      <ClusterMap points={points} popup={CustomerPopup} height={560} label={`Map of ${count} customers`} />
      <Text size="xs" c="dimmed" p="xs">
        {count} customers on the map
        {withoutCoordinates > 0 ? `; ${withoutCoordinates.toLocaleString('en-IN')} without coordinates are not shown` : ''}. Click a
        cluster to zoom in.
      </Text>
    </Suspense>
  )
}
