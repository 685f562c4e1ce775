import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { LoadingState } from '@/components/ui/query-states'
import type { Address } from '../api/get-customer'

const PointsMap = lazy(() => import('@/components/ui/map/points-map').then((m) => ({ default: m.PointsMap })))

function oneLine(a: Address): string {
  return [a.line1, a.line2, a.city, a.state, a.postal_code, a.country].filter(Boolean).join(', ')
}

export function CustomerAddresses({ customerName, addresses }: { customerName: string; addresses: Address[] }) {
  const points = addresses
    .filter((a) => a.latitude !== null && a.longitude !== null)
    .map((a) => ({
      id: a.id,
      lat: a.latitude as number,
      lng: a.longitude as number,
      label: `${customerName} (${a.kind})`,
      color: a.kind === 'billing' ? '#1c7ed6' : '#2f9e44',
      popup: oneLine(a),
    }))
  return (
    <Card>
      <Title order={4} mb="md">
        Addresses
      </Title>
      <Suspense fallback={<LoadingState label="Loading map…" />}>
        <PointsMap points={points} height={240} label={`Map of ${customerName}'s addresses`} />
      </Suspense>
      <Stack gap="xs" mt="md">
        {addresses.length === 0 ? (
          <Text size="sm" c="dimmed">
            No addresses recorded.
          </Text>
        ) : (
          addresses.map((a) => (
            <Group key={a.id} gap="xs" wrap="nowrap" align="flex-start">
              <Badge size="sm" variant="light" color={a.kind === 'billing' ? 'blue' : 'green'} miw={70}>
                {a.kind}
              </Badge>
              <Text size="sm">{oneLine(a)}</Text>
            </Group>
          ))
        )}
      </Stack>
    </Card>
  )
}
