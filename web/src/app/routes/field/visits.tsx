import { Card, Checkbox, Group, Select } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useVisits } from '@/features/field/api/field'
import { VisitTable } from '@/features/field/components/visit-table'
import { flattenPages } from '@/lib/api/pagination'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { personName, usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['owner_id', 'planned_date', 'status', 'is_flagged'] as const
const STATUSES = ['planned', 'checked_in', 'completed', 'cancelled'].map((v) => ({ value: v, label: v.replace('_', ' ').replace(/^./, (c) => c.toUpperCase()) }))

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  // The newest day first: a month of routes is behind today's.
  const query = useVisits(filters, { sort: '-planned_date' })
  const people = usePeople()
  const visits = flattenPages(query.data)
  return (
    <>
      <PageHeader title="Visits" description="Planned and unplanned customer visits, the newest day first." />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label="Engineer"
          placeholder="Anyone"
          data={(people.data ?? []).map((u) => ({ value: u.id, label: u.full_name }))}
          clearable
          searchable
          value={filters.owner_id ?? null}
          onChange={(v) => setFilters({ owner_id: v })}
          w={{ base: '100%', xs: 220 }}
        />
        <DateInput label="Date" placeholder="Any" valueFormat={DATE_INPUT_FORMAT} clearable value={filters.planned_date ?? null} onChange={(v) => setFilters({ planned_date: v })} w={{ base: '100%', xs: 170 }} />
        <Select label="Status" placeholder="Any" data={STATUSES} clearable value={filters.status ?? null} onChange={(v) => setFilters({ status: v })} w={{ base: '100%', xs: 160 }} />
        <Checkbox label="Flagged only" checked={filters.is_flagged === 'true'} onChange={(e) => setFilters({ is_flagged: e.currentTarget.checked ? 'true' : null })} mb={8} />
      </Group>
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading visits…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : visits.length === 0 ? (
          <EmptyState title="No visits match" />
        ) : (
          <>
            <VisitTable visits={visits} ownerName={(id) => personName(people.data, id)} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={visits.length} noun="visits" />
          </>
        )}
      </Card>
    </>
  )
}
