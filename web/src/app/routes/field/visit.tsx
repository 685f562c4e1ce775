import { Alert, Anchor, Card, Grid, List, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { lazy, Suspense } from 'react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useVisit, useVisitReport } from '@/features/field/api/field'
import { flagReasons, formatDistance, VisitStatusBadge } from '@/features/field/components/visit-table'
import { ApiError } from '@/lib/api/problem'
import { formatDate, formatDateTime } from '@/lib/format'
import { personName, usePeople } from '@/lib/lookups/users'

const PointsMap = lazy(() => import('@/components/ui/map/points-map').then((m) => ({ default: m.PointsMap })))

export function Component() {
  const { visitId = '' } = useParams()
  const query = useVisit(visitId)
  const people = usePeople()
  const report = useVisitReport(visitId, query.data?.status === 'completed' || query.data?.status === 'checked_in')
  if (query.isPending) return <LoadingState label="Loading visit…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const v = query.data
  const points =
    v.check_in_latitude != null && v.check_in_longitude != null
      ? [{ id: 'in', lat: v.check_in_latitude, lng: v.check_in_longitude, label: 'Check-in', color: v.is_flagged ? '#fa5252' : '#1c7ed6' }]
      : []
  const r = report.data
  return (
    <>
      <PageHeader title={`Visit to ${v.customer_name ?? 'customer'}`} description={`${formatDate(v.planned_date)} · ${personName(people.data, v.owner_id)}`} badge={<VisitStatusBadge visit={v} />} />
      <Stack gap="lg">
        {v.is_flagged ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Flagged check-in">
            {flagReasons(v).join('; ')}
          </Alert>
        ) : null}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Card>
              <Title order={4} mb="sm">
                Report
              </Title>
              {report.isPending && report.fetchStatus !== 'idle' ? (
                <LoadingState />
              ) : report.isError ? (
                report.error instanceof ApiError && report.error.isNotFound ? (
                  <Text size="sm" c="dimmed">
                    No report yet.
                  </Text>
                ) : (
                  <ErrorState error={report.error} />
                )
              ) : r ? (
                <Stack gap="xs">
                  <Text size="sm">
                    <b>Outcome:</b> {r.outcome}
                  </Text>
                  {r.purpose ? <Text size="sm"><b>Purpose:</b> {r.purpose}</Text> : null}
                  {r.contacts_met.length ? (
                    <Text size="sm">
                      <b>Met:</b> {r.contacts_met.map((c) => c.name ?? 'Contact').join(', ')}
                    </Text>
                  ) : null}
                  {r.products_discussed.length ? (
                    <>
                      <Text size="sm" fw={700}>
                        Products discussed
                      </Text>
                      <List size="sm">
                        {r.products_discussed.map((p, i) => (
                          <List.Item key={i}>
                            {p.name ?? 'Product'}
                            {p.notes ? ` — ${p.notes}` : ''}
                          </List.Item>
                        ))}
                      </List>
                    </>
                  ) : null}
                  {r.next_steps ? <Text size="sm"><b>Next steps:</b> {r.next_steps}</Text> : null}
                  {r.next_visit_date ? <Text size="sm"><b>Next visit:</b> {formatDate(r.next_visit_date)}</Text> : null}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  No report yet.
                </Text>
              )}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <Card>
                <Stack gap={4}>
                  <Anchor component={Link} to={`/customers/${v.customer_id}`} fw={600}>
                    {v.customer_name ?? 'Customer'}
                  </Anchor>
                  <Text size="sm">{v.is_planned ? `Planned, stop ${v.route_position}` : 'Unplanned'}</Text>
                  {v.purpose ? <Text size="sm">Purpose: {v.purpose}</Text> : null}
                  <Text size="sm">Checked in: {formatDateTime(v.checked_in_at)}</Text>
                  <Text size="sm">Checked out: {formatDateTime(v.checked_out_at)}</Text>
                  <Text size="sm">Duration: {v.duration_minutes != null ? `${v.duration_minutes} min` : '—'}</Text>
                  <Text size="sm">
                    Accuracy: {v.check_in_accuracy_m != null ? `${Math.round(v.check_in_accuracy_m)} m` : '—'} · distance from customer:{' '}
                    {v.check_in_distance_m != null ? formatDistance(v.check_in_distance_m) : '—'}
                  </Text>
                </Stack>
              </Card>
              <Suspense fallback={<LoadingState />}>
                <PointsMap points={points} height={240} label="Where the engineer checked in" />
              </Suspense>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  )
}
