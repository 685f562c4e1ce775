import { Grid, Stack } from '@mantine/core'
import { PageHeader } from '@/components/ui/page-header'
import { TodayCard } from '@/features/activities/components/today-card'
import { MyLeadsCard } from '@/features/leads/components/my-leads-card'
import { PipelineByStageCard } from '@/features/opportunities/components/pipeline-chart'
import { DashboardGrid } from '@/features/reports/components/dashboard'
import { hasPermission, ROLE_LABELS, useMe, type Me } from '@/lib/auth/session'

function greeting(): string {
  const h = new Date().getHours()
  return h < 12 ? 'Good morning' : h < 17 ? 'Good afternoon' : 'Good evening'
}

/** The agenda and the leads, beside the dashboard's figures. */
function Aside({ me }: { me: Me }) {
  const agenda = hasPermission(me, 'activities:read')
  const leads = hasPermission(me, 'leads:read')
  if (!agenda && !leads) return null
  return (
    <Stack gap="lg">
      {agenda ? <TodayCard canAssign={hasPermission(me, 'leads:assign')} /> : null}
      {leads ? (
        // Engineers see their own leads; heads and admins everything they may see.
        <MyLeadsCard ownerId={me.role === 'sales_engineer' ? me.id : undefined} />
      ) : null}
    </Stack>
  )
}

export function Component() {
  const { data: me } = useMe()
  if (!me) return null
  const firstName = me.full_name.split(' ')[0]
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(me, p)
  return (
    <>
      <PageHeader title={`${greeting()}, ${firstName}`} description={`${ROLE_LABELS[me.role]} · here is where things stand.`} />
      {can('reports:read') ? (
        <DashboardGrid
          access={{
            pipeline: can('opportunities:read'),
            sales: can('sales_orders:read'),
            invoices: can('invoices:read'),
            payments: can('payments:read'),
            field: can('field:read'),
          }}
          aside={<Aside me={me} />}
        />
      ) : (
        // Without reports: the board's own figures and the agenda, as before the dashboard.
        <Grid gutter="lg">
          {can('opportunities:read') ? (
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <PipelineByStageCard />
            </Grid.Col>
          ) : null}
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Aside me={me} />
          </Grid.Col>
        </Grid>
      )}
    </>
  )
}
