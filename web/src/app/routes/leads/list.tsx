import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { ListToolbar } from '@/components/lists/list-toolbar'
import { useListSelection } from '@/components/lists/use-list-selection'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useLeads } from '@/features/leads/api/get-leads'
import { LeadFilters } from '@/features/leads/components/lead-filters'
import { LEAD_FILTER_KEYS, leadListSpec, leadRowName } from '@/features/leads/components/lead-list-spec'
import { LeadTable } from '@/features/leads/components/lead-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(LEAD_FILTER_KEYS)
  const query = useLeads(filters)
  const people = usePeople()
  const canWrite = useCan('leads:write')
  const leads = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  const { actions, selection } = useListSelection(leadListSpec, filters, leads, leadRowName)
  return (
    <>
      <PageHeader
        title="Leads"
        description="Prospects captured in the field or imported, scored and ready to qualify."
        actions={
          canWrite ? (
            <Button component={Link} to="/leads/new" leftSection={<IconPlus size={16} />}>
              Capture lead
            </Button>
          ) : null
        }
      />
      <LeadFilters filters={filters} onChange={setFilters} />
      <ListToolbar spec={leadListSpec} filters={filters} onApplyView={setFilters} actions={actions} selection={selection} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading leads…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : leads.length === 0 ? (
          <EmptyState title={filtered ? 'No leads match these filters' : 'No leads yet'} description={filtered ? 'Try clearing a filter.' : 'Capture the first one.'} />
        ) : (
          <>
            <LeadTable leads={leads} people={people.data} selection={selection} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={leads.length} noun="leads" />
          </>
        )}
      </Card>
    </>
  )
}
