import { Button, Card } from '@mantine/core'
import { IconLayoutKanban } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useMemo } from 'react'
import { ListToolbar } from '@/components/lists/list-toolbar'
import { useListSelection } from '@/components/lists/use-list-selection'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useOpportunities } from '@/features/opportunities/api/get-opportunities'
import { OpportunityFilters } from '@/features/opportunities/components/opportunity-filters'
import { OPPORTUNITY_FILTER_KEYS, opportunityListSpec, opportunityName } from '@/features/opportunities/components/opportunity-list-spec'
import { OpportunityTable } from '@/features/opportunities/components/opportunity-table'
import { flattenPages } from '@/lib/api/pagination'
import { usePipelines } from '@/lib/lookups/pipelines'
import { usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(OPPORTUNITY_FILTER_KEYS)
  const query = useOpportunities(filters)
  const pipelines = usePipelines()
  const people = usePeople()
  const items = flattenPages(query.data)
  const spec = useMemo(() => opportunityListSpec(pipelines.data), [pipelines.data])
  const { actions, selection } = useListSelection(spec, filters, items, opportunityName)
  return (
    <>
      <PageHeader
        title="Opportunities"
        description="Every deal, filtered by stage, owner, territory, close date or amount."
        actions={
          <Button variant="default" component={Link} to="/pipeline" leftSection={<IconLayoutKanban size={16} />}>
            Board view
          </Button>
        }
      />
      <OpportunityFilters filters={filters} pipelines={pipelines.data ?? []} onChange={setFilters} />
      <ListToolbar spec={spec} filters={filters} onApplyView={setFilters} actions={actions} selection={selection} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading deals…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title="No deals match these filters" />
        ) : (
          <>
            <OpportunityTable items={items} pipelines={pipelines.data} people={people.data} selection={selection} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={items.length} noun="deals" />
          </>
        )}
      </Card>
    </>
  )
}
