import { Card, Group, Select } from '@mantine/core'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { PersonSelect } from '@/components/ui/pickers'
import { TextFilter } from '@/components/ui/text-filter'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAudit } from '@/features/audit/api/get-audit'
import { AuditTable } from '@/features/audit/components/audit-table'
import { flattenPages } from '@/lib/api/pagination'
import { usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['entity_type', 'entity_id', 'actor_id'] as const
// The API names records by their table.
const ENTITY_TYPES = [
  { value: 'customers', label: 'Customers' },
  { value: 'contacts', label: 'Contacts' },
  { value: 'leads', label: 'Leads' },
  { value: 'opportunities', label: 'Opportunities' },
  { value: 'activities', label: 'Activities' },
  { value: 'pipelines', label: 'Pipelines' },
  { value: 'pipeline_stages', label: 'Pipeline stages' },
  { value: 'users', label: 'Users' },
  { value: 'teams', label: 'Teams' },
  { value: 'territories', label: 'Territories' },
  { value: 'lead_scoring_rules', label: 'Lead scoring rules' },
]

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useAudit(filters)
  const entries = flattenPages(query.data)
  const people = usePeople()
  return (
    <>
      <PageHeader title="Audit log" description="Every change: who, what, before and after, when." />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label="Record type"
          placeholder="Any"
          data={ENTITY_TYPES}
          clearable
          searchable
          value={filters.entity_type ?? null}
          onChange={(v) => setFilters({ entity_type: v })}
          w={180}
        />
        <PersonSelect label="Changed by" placeholder="Anyone" value={filters.actor_id ?? null} onChange={(v) => setFilters({ actor_id: v })} w={200} />
        <TextFilter label="Record id" placeholder="UUID" value={filters.entity_id} onCommit={(v) => setFilters({ entity_id: v })} w={320} />
      </Group>
      <Card p={0}>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title="No changes recorded for these filters" />
        ) : (
          <>
            <AuditTable entries={entries} people={people.data} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={entries.length} noun="entries" />
          </>
        )}
      </Card>
    </>
  )
}
