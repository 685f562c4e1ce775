import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useInvoices } from '@/features/billing/api/invoices'
import { INVOICE_FILTER_KEYS, InvoiceFilters } from '@/features/billing/components/invoice-filters'
import { InvoiceTable } from '@/features/billing/components/invoice-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(INVOICE_FILTER_KEYS)
  const query = useInvoices(filters)
  const canWrite = useCan('invoices:write')
  const invoices = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageHeader
        title="Invoices"
        description="Tax invoices and credit notes, with what each customer still owes."
        actions={
          canWrite ? (
            <Button component={Link} to="/invoices/new" leftSection={<IconPlus size={16} />}>
              New invoice
            </Button>
          ) : null
        }
      />
      <InvoiceFilters filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading invoices…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : invoices.length === 0 ? (
          <EmptyState
            title={filtered ? 'No invoices match these filters' : 'No invoices yet'}
            description={filtered ? 'Clear a filter to see more.' : 'Invoices are raised from sales orders or made here directly.'}
          />
        ) : (
          <>
            <InvoiceTable invoices={invoices} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={invoices.length} noun="invoices" />
          </>
        )}
      </Card>
    </>
  )
}
