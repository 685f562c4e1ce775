import { Anchor, Text } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { LoadingState } from '@/components/ui/query-states'
import type { CustomerSummary } from '../api/get-customers'

const PointsMap = lazy(() => import('@/components/ui/map/points-map').then((m) => ({ default: m.PointsMap })))

/** The loaded customers at their billing (or first) address. */
export function CustomerMap({ customers }: { customers: CustomerSummary[] }) {
  const points = customers.flatMap((c) => {
    const a = c.addresses.find((x) => x.kind === 'billing' && x.latitude !== null) ?? c.addresses.find((x) => x.latitude !== null)
    if (!a || a.latitude === null || a.longitude === null) return []
    return [
      {
        id: c.id,
        lat: a.latitude,
        lng: a.longitude,
        label: c.name,
        popup: (
          <>
            <Anchor component={Link} to={`/customers/${c.id}`} fw={600} size="sm">
              {c.name}
            </Anchor>
            <Text size="xs">{[a.city, a.state].filter(Boolean).join(', ')}</Text>
          </>
        ),
      },
    ]
  })
  return (
    <Suspense fallback={<LoadingState label="Loading map…" />}>
      <PointsMap points={points} height={560} label={`Map of ${points.length} customers`} />
      <Text size="xs" c="dimmed" p="xs">
        {points.length} of {customers.length} loaded customers have coordinates. Load more in the table view to add them here.
      </Text>
    </Suspense>
  )
}
