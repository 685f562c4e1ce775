import { Grid } from '@mantine/core'
import type { ReactNode } from 'react'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useDashboard } from '../api/get-dashboard'
import { CashCard, OverdueCard } from './money-cards'
import { PipelineCard } from './pipeline-card'
import { SalesCard } from './sales-card'
import { TargetsCard } from './targets-card'
import { FieldDayCard } from './today-card'

/** Which cards the caller may open the lists of (the API scopes the figures anyway). */
export interface DashboardAccess {
  pipeline: boolean
  sales: boolean
  invoices: boolean
  payments: boolean
  field: boolean
}

/**
 * The caller's KPIs from `GET /dashboard` (one request): the open pipeline, sales this month
 * against the month before, invoiced against collected, overdue receivables, the targets
 * running today and the team's field day. A card whose list the caller may not read is not
 * drawn; `aside` is drawn beside the field day (the agenda, leads).
 */
export function DashboardGrid({ access, aside }: { access: DashboardAccess; aside?: ReactNode }) {
  const query = useDashboard()
  if (query.isPending) return <LoadingState label="Loading the dashboard…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const d = query.data
  const span = (lg: number) => ({ base: 12, md: 6, lg })
  return (
    <Grid gutter="lg">
      {access.pipeline ? (
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PipelineCard dashboard={d} />
        </Grid.Col>
      ) : null}
      <Grid.Col span={{ base: 12, lg: access.pipeline ? 5 : 12 }}>
        <TargetsCard targets={d.targets} />
      </Grid.Col>
      {access.sales ? (
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SalesCard dashboard={d} />
        </Grid.Col>
      ) : null}
      {access.field && d.today ? (
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <FieldDayCard today={d.today} week={d.this_week} />
        </Grid.Col>
      ) : null}
      {access.invoices && access.payments ? (
        <Grid.Col span={span(4)}>
          <CashCard dashboard={d} />
        </Grid.Col>
      ) : null}
      {access.invoices ? (
        <Grid.Col span={span(4)}>
          <OverdueCard dashboard={d} />
        </Grid.Col>
      ) : null}
      {aside ? <Grid.Col span={{ base: 12, lg: 4 }}>{aside}</Grid.Col> : null}
    </Grid>
  )
}
