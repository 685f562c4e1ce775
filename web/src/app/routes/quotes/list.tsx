import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useQuotes } from '@/features/quotes/api/get-quotes'
import { QUOTE_FILTER_KEYS, QuoteFilters } from '@/features/quotes/components/quote-filters'
import { QuoteTable } from '@/features/quotes/components/quote-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(QUOTE_FILTER_KEYS)
  const query = useQuotes(filters)
  const people = usePeople()
  const canWrite = useCan('quotes:write')
  const quotes = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageHeader
        title="Quotes"
        description="Offers to customers, from draft to accepted (the current revision of each)."
        actions={
          canWrite ? (
            <Button component={Link} to="/quotes/new" leftSection={<IconPlus size={16} />}>
              New quote
            </Button>
          ) : null
        }
      />
      <QuoteFilters filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading quotes…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : quotes.length === 0 ? (
          <EmptyState
            title={filtered ? 'No quotes match these filters' : 'No quotes yet'}
            description={filtered ? 'Try a broader search or clear a filter.' : 'Build the first one from a customer or a deal.'}
          />
        ) : (
          <>
            <QuoteTable quotes={quotes} ownerName={(id) => personName(people.data, id)} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={quotes.length} noun="quotes" />
          </>
        )}
      </Card>
    </>
  )
}
