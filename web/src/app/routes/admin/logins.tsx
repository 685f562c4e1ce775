import { Card, Group, Select } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { PersonSelect } from '@/components/ui/pickers'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useLoginEvents } from '@/features/audit/api/get-login-events'
import { LoginEventsTable } from '@/features/audit/components/login-events-table'
import { flattenPages } from '@/lib/api/pagination'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['user_id', 'succeeded', 'since', 'until'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useLoginEvents(filters)
  const events = flattenPages(query.data)
  return (
    <>
      <PageHeader title="Login report" description="Every sign-in attempt, with device and address." />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <PersonSelect label="Employee" placeholder="Everyone" value={filters.user_id ?? null} onChange={(v) => setFilters({ user_id: v })} w={200} />
        <Select
          label="Outcome"
          placeholder="Any"
          data={[
            { value: 'true', label: 'Succeeded' },
            { value: 'false', label: 'Failed' },
          ]}
          clearable
          value={filters.succeeded ?? null}
          onChange={(v) => setFilters({ succeeded: v })}
          w={140}
        />
        <DatePickerInput
        valueFormat={DATE_INPUT_FORMAT}
          type="range"
          label="Period"
          placeholder="Any time"
          clearable
          value={[filters.since ?? null, filters.until ?? null]}
          onChange={([from, to]) => setFilters({ since: from, until: to })}
          w={260}
        />
      </Group>
      <Card p={0}>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : events.length === 0 ? (
          <EmptyState title="No sign-ins for these filters" />
        ) : (
          <>
            <LoginEventsTable events={events} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={events.length} noun="events" />
          </>
        )}
      </Card>
    </>
  )
}
