import { Badge, Grid, Stack } from '@mantine/core'
import { useState } from 'react'
import { useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { RelatedActivities } from '@/features/activities/components/related-activities'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useOpportunity } from '@/features/opportunities/api/get-opportunity'
import { DealActions } from '@/features/opportunities/components/deal-actions'
import { EditOpportunityModal } from '@/features/opportunities/components/edit-opportunity-modal'
import { OpportunitySummary } from '@/features/opportunities/components/opportunity-summary'
import { StageProgress } from '@/features/opportunities/components/stage-progress'
import { STATUS_COLORS } from '@/features/opportunities/components/opportunity-table'
import { StageHistory } from '@/features/opportunities/components/stage-history'
import { RelatedQuotes } from '@/features/quotes/components/related-quotes'
import { RelatedOrders } from '@/features/sales-orders/components/related-orders'
import { useCan } from '@/lib/auth/session'
import { findStage, usePipelines } from '@/lib/lookups/pipelines'
import { personName, usePeople } from '@/lib/lookups/users'

export function Component() {
  const { opportunityId = '' } = useParams()
  const query = useOpportunity(opportunityId)
  const pipelines = usePipelines()
  const people = usePeople()
  const canWrite = useCan('opportunities:write')
  const canPlan = useCan('activities:write')
  const canAssign = useCan('leads:assign')
  const canQuote = useCan('quotes:write')
  const canSeeQuotes = useCan('quotes:read')
  const canSeeOrders = useCan('sales_orders:read')
  const [editing, setEditing] = useState(false)
  if (query.isPending) return <LoadingState label="Loading deal…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { data: o, etag } = query.data
  const pipeline = pipelines.data?.find((p) => p.id === o.pipeline_id)
  const stage = findStage(pipelines.data, o.stage_id)
  return (
    <>
      <PageHeader
        title={o.title}
        description={o.customer_name ?? undefined}
        badge={
          <Badge size="lg" variant="light" color={STATUS_COLORS[o.status]}>
            {stage?.name ?? o.status}
          </Badge>
        }
        actions={canWrite ? <DealActions opportunity={o} pipeline={pipeline} onEdit={() => setEditing(true)} /> : null}
      />
      <Stack gap="lg">
        <StageProgress opportunity={o} pipeline={pipeline} />
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <OpportunitySummary opportunity={o} ownerName={personName(people.data, o.owner_id)} pipelines={pipelines.data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              {canSeeQuotes ? <RelatedQuotes links={{ opportunity_id: o.id, customer_id: o.customer_id }} canWrite={canQuote && o.status === 'open'} /> : null}
              {canSeeOrders ? <RelatedOrders links={{ opportunity_id: o.id, customer_id: o.customer_id }} /> : null}
              <StageHistory opportunityId={o.id} pipelines={pipelines.data} />
              <RelatedActivities links={{ opportunity_id: o.id }} canWrite={canPlan} canAssign={canAssign} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {editing ? <EditOpportunityModal opportunity={o} etag={etag} onClose={() => setEditing(false)} onReload={() => void query.refetch()} /> : null}
    </>
  )
}
