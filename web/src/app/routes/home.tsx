import { Grid, Stack } from '@mantine/core'
import { PageHeader } from '@/components/ui/page-header'
import { TodayCard } from '@/features/activities/components/today-card'
import { MyLeadsCard } from '@/features/leads/components/my-leads-card'
import { PipelineByStageCard } from '@/features/opportunities/components/pipeline-chart'
import { hasPermission, ROLE_LABELS, useMe } from '@/lib/auth/session'

function greeting(): string {
  const h = new Date().getHours()
  return h < 12 ? 'Good morning' : h < 17 ? 'Good afternoon' : 'Good evening'
}

export function Component() {
  const { data: me } = useMe()
  if (!me) return null
  const firstName = me.full_name.split(' ')[0]
  return (
    <>
      <PageHeader title={`${greeting()}, ${firstName}`} description={`${ROLE_LABELS[me.role]} · here is where things stand.`} />
      <Grid gutter="lg">
        {hasPermission(me, 'opportunities:read') ? (
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <PipelineByStageCard />
          </Grid.Col>
        ) : null}
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            {hasPermission(me, 'activities:read') ? <TodayCard canAssign={hasPermission(me, 'leads:assign')} /> : null}
            {hasPermission(me, 'leads:read') ? (
              // Engineers see their own leads; heads and admins everything they may see.
              <MyLeadsCard ownerId={me.role === 'sales_engineer' ? me.id : undefined} />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
