import { Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAging } from '@/features/billing/api/receivables'
import { perCurrency } from '@/features/billing/components/aging-buckets'
import { AgingTable } from '@/features/billing/components/aging-table'
import { DATE_INPUT_FORMAT, formatDate } from '@/lib/format'
import { useTerritories } from '@/lib/lookups/territories'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['as_of', 'territory_id'] as const

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Card>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} data-testid={`stat-${label}`}>
        {value}
      </Text>
    </Card>
  )
}

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useAging(filters)
  const territories = useTerritories()
  const options = (territories.data ?? []).map((t) => ({ value: t.id, label: t.name }))
  return (
    <>
      <PageHeader title="Receivables" description="What customers owe, by how long it has been due." />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <DateInput
          label="As of"
          placeholder="Today"
          valueFormat={DATE_INPUT_FORMAT}
          clearable
          value={filters.as_of ?? null}
          onChange={(v) => setFilters({ as_of: v })}
          w={{ base: '100%', xs: 180 }}
        />
        <Select label="Territory" placeholder="All" data={options} clearable searchable value={filters.territory_id ?? null} onChange={(v) => setFilters({ territory_id: v })} w={{ base: '100%', xs: 220 }} />
      </Group>
      {query.isPending ? (
        <LoadingState label="Loading receivables…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Stat label="Total open" value={perCurrency(query.data.totals, 'total_open')} />
            <Stat label="Overdue" value={perCurrency(query.data.totals, 'overdue_total')} color="red" />
            <Stat label="Over 90 days" value={perCurrency(query.data.totals, 'over_90')} />
          </SimpleGrid>
          <Card p={0}>
            {query.data.rows.length === 0 ? (
              <EmptyState title="Nothing is owed" description="No customer has an open invoice on this date." />
            ) : (
              <AgingTable rows={query.data.rows} totals={query.data.totals} />
            )}
            <Text size="xs" c="dimmed" p="xs">
              As of {formatDate(query.data.as_of)}. Amounts in different currencies are never added together.
            </Text>
          </Card>
        </Stack>
      )}
    </>
  )
}
