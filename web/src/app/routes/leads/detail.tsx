import { Badge, Grid, Stack } from '@mantine/core'
import { useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { RelatedActivities } from '@/features/activities/components/related-activities'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useLead } from '@/features/leads/api/get-lead'
import { LeadActionsBar } from '@/features/leads/components/lead-actions-bar'
import { statusOption } from '@/features/leads/components/lead-options'
import { LeadProfile } from '@/features/leads/components/lead-profile'
import { leadName } from '@/features/leads/components/lead-table'
import { ScoreCard } from '@/features/leads/components/score-card'
import { useCan } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'
import { territoryName, useTerritories } from '@/lib/lookups/territories'

export function Component() {
  const { leadId = '' } = useParams()
  const query = useLead(leadId)
  const people = usePeople()
  const territories = useTerritories()
  const canWrite = useCan('leads:write')
  const canAssign = useCan('leads:assign')
  const canPlan = useCan('activities:write')
  if (query.isPending) return <LoadingState label="Loading lead…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const lead = query.data.data
  const status = statusOption(lead.status)
  return (
    <>
      <PageHeader
        title={leadName(lead)}
        description={lead.company_name && lead.person_name ? lead.person_name : undefined}
        badge={
          <Badge color={status.color} size="lg" variant="light">
            {status.label}
          </Badge>
        }
        actions={<LeadActionsBar lead={lead} etag={query.data.etag} onReload={() => void query.refetch()} canWrite={canWrite} canAssign={canAssign} />}
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <LeadProfile
            lead={lead}
            ownerName={personName(people.data, lead.owner_id)}
            territoryName={territoryName(territories.data, lead.territory_id)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ScoreCard lead={lead} />
            <RelatedActivities links={{ lead_id: lead.id }} canWrite={canPlan} canAssign={canAssign} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
