import { Card, Grid, Group, NavLink, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { lazy, Suspense } from 'react'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useDayRoute, useLatestPositions, useVisits } from '@/features/field/api/field'
import { VisitTable } from '@/features/field/components/visit-table'
import type { MapPoint } from '@/components/ui/map/points-map'
import { flattenPages } from '@/lib/api/pagination'
import { DATE_INPUT_FORMAT, formatDateTime, formatTime } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'

const PointsMap = lazy(() => import('@/components/ui/map/points-map').then((m) => ({ default: m.PointsMap })))

const KEYS = ['user', 'date'] as const

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={`day-${label}`}>
        {value}
      </Text>
    </Stack>
  )
}

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const latest = useLatestPositions()
  const selected = filters.user ?? null
  const day = useDayRoute(selected, filters.date)
  // The day the server answered for (its company time zone), so the visits are of the same day.
  const date = filters.date ?? day.data?.date
  const visits = useVisits({ owner_id: selected ?? undefined, planned_date: date }, { enabled: Boolean(selected && date), sort: 'route_position' })
  const positions = latest.data?.items ?? []
  const person = positions.find((p) => p.user_id === selected)

  const markers: MapPoint[] = positions.map((p) => ({
    id: p.user_id,
    lat: p.latitude,
    lng: p.longitude,
    label: `${p.user_name ?? 'Engineer'} · ${formatDateTime(p.recorded_at)}`,
    color: p.user_id === selected ? '#e8590c' : p.is_mock ? '#fa5252' : '#1c7ed6',
  }))
  const track: MapPoint[] = selected
    ? (day.data?.track ?? []).map((t, i) => ({ id: `t${i}`, lat: t.latitude, lng: t.longitude, label: formatTime(t.recorded_at) }))
    : []

  return (
    <>
      <PageHeader title="Team map" description="Where each engineer was last seen; pick one to see their day." />
      {latest.isPending ? (
        <LoadingState label="Loading positions…" />
      ) : latest.isError ? (
        <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
      ) : (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <Card p="xs">
              <Title order={5} p="xs">
                Engineers
              </Title>
              {positions.length === 0 ? (
                <Text size="sm" c="dimmed" p="xs">
                  No positions reported yet.
                </Text>
              ) : (
                <ScrollArea.Autosize mah={420}>
                  {positions.map((p) => (
                    <NavLink
                      key={p.user_id}
                      label={p.user_name ?? 'Engineer'}
                      description={`Seen ${formatDateTime(p.recorded_at)}${p.battery_pct != null ? ` · ${p.battery_pct}% battery` : ''}`}
                      active={p.user_id === selected}
                      onClick={() => setFilters({ user: p.user_id === selected ? null : p.user_id })}
                    />
                  ))}
                </ScrollArea.Autosize>
              )}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            <Card p={0}>
              <Suspense fallback={<LoadingState label="Loading map…" />}>
                <PointsMap points={markers} track={track} height={440} label={person ? `Map of ${person.user_name ?? 'the engineer'}'s day` : `Map of ${positions.length} engineers`} />
              </Suspense>
            </Card>
          </Grid.Col>
        </Grid>
      )}
      {selected ? (
        <Card mt="lg">
          <Group justify="space-between" mb="md" wrap="wrap">
            <Title order={4}>{person?.user_name ?? 'Engineer'}&apos;s day</Title>
            <DateInput aria-label="Day" valueFormat={DATE_INPUT_FORMAT} value={date ?? null} onChange={(v) => setFilters({ date: v })} w={180} />
          </Group>
          {day.isPending ? (
            <LoadingState label="Loading the day…" />
          ) : day.isError ? (
            <ErrorState error={day.error} />
          ) : (
            <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
              <Stat label="Distance" value={`${day.data.distance_km.toFixed(1)} km`} />
              <Stat label="First ping" value={formatTime(day.data.first_ping_at)} />
              <Stat label="Last ping" value={formatTime(day.data.last_ping_at)} />
              <Stat label="Pings" value={String(day.data.ping_count)} />
            </SimpleGrid>
          )}
          {visits.isPending ? (
            <LoadingState label="Loading visits…" />
          ) : flattenPages(visits.data).length === 0 ? (
            <EmptyState title="No visits this day" />
          ) : (
            <VisitTable visits={flattenPages(visits.data)} showDate={false} />
          )}
        </Card>
      ) : null}
    </>
  )
}
