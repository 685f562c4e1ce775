import { Card, Group, Select, TextInput } from '@mantine/core'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { PersonSelect } from '@/components/ui/pickers'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAudit } from '@/features/audit/api/get-audit'
import { AuditTable } from '@/features/audit/components/audit-table'
import { flattenPages } from '@/lib/api/pagination'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['entity_type', 'entity_id', 'actor_id'] as const
const ENTITY_TYPES = ['customer', 'contact', 'user', 'team', 'territory', 'lead', 'opportunity', 'pipeline', 'activity']

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useAudit(filters)
  const entries = flattenPages(query.data)
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
        <TextInput
          label="Record id"
          placeholder="UUID"
          defaultValue={filters.entity_id ?? ''}
          onBlur={(e) => setFilters({ entity_id: e.currentTarget.value.trim() || null })}
          w={320}
        />
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
            <AuditTable entries={entries} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={entries.length} noun="entries" />
          </>
        )}
      </Card>
    </>
  )
}
