import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useLeads } from '@/features/leads/api/get-leads'
import { LeadFilters } from '@/features/leads/components/lead-filters'
import { LeadTable } from '@/features/leads/components/lead-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['q', 'status', 'source', 'owner_id', 'territory_id', 'campaign_ref', 'min_score', 'sort'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useLeads(filters)
  const people = usePeople()
  const canWrite = useCan('leads:write')
  const leads = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
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
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading leads…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : leads.length === 0 ? (
          <EmptyState title={filtered ? 'No leads match these filters' : 'No leads yet'} description={filtered ? 'Try clearing a filter.' : 'Capture the first one.'} />
        ) : (
          <>
            <LeadTable leads={leads} people={people.data} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={leads.length} noun="leads" />
          </>
        )}
      </Card>
    </>
  )
}
