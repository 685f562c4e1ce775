import { Card } from '@mantine/core'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useExpenseReports } from '@/features/expenses/api/expense-reports'
import { ExpenseFilters } from '@/features/expenses/components/expense-filters'
import { ExpenseReportTable } from '@/features/expenses/components/expense-report-table'
import { flattenPages } from '@/lib/api/pagination'
import { personName, usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['status', 'owner_id'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useExpenseReports(filters)
  const people = usePeople()
  const reports = flattenPages(query.data)
  return (
    <>
      <PageHeader title="Expense reports" description="Travel and field expenses claimed from the phone, with their approval and reimbursement." />
      <ExpenseFilters filters={filters} onChange={setFilters} people={people.data} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading expense reports…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : reports.length === 0 ? (
          <EmptyState title="No expense report matches" description="Engineers record their expenses on the phone; submitted reports appear here." />
        ) : (
          <>
            <ExpenseReportTable reports={reports} ownerName={(id) => personName(people.data, id)} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={reports.length} noun="reports" />
          </>
        )}
      </Card>
    </>
  )
}
