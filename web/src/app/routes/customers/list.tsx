import { Button, Card, Group, SegmentedControl } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { ListToolbar } from '@/components/lists/list-toolbar'
import { useListSelection } from '@/components/lists/use-list-selection'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { CustomerFilters } from '@/features/customers/components/customer-filters'
import { CUSTOMER_FILTER_KEYS, customerListSpec, customerName } from '@/features/customers/components/customer-list-spec'
import { CustomerMap } from '@/features/customers/components/customer-map'
import { CustomerTable } from '@/features/customers/components/customer-table'
import { useCustomers } from '@/features/customers/api/get-customers'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { usePeople } from '@/lib/lookups/users'
import { useTerritories } from '@/lib/lookups/territories'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = [...CUSTOMER_FILTER_KEYS, 'view'] as const

export function Component() {
  const [{ view, ...filters }, setFilters] = useUrlFilters(KEYS)
  const showMap = view === 'map'
  // The map fetches every matching customer itself; the table pages through them.
  const query = useCustomers(filters, { enabled: !showMap })
  const people = usePeople()
  const territories = useTerritories()
  const canWrite = useCan('customers:write')
  const customers = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  const { actions, selection } = useListSelection(customerListSpec, filters, customers, customerName)

  return (
    <>
      <PageHeader
        title="Customers"
        description="Accounts you and your team look after."
        actions={
          <Group gap="xs">
            <SegmentedControl
              value={showMap ? 'map' : 'table'}
              onChange={(v) => setFilters({ view: v === 'map' ? 'map' : null })}
              data={[
                { value: 'table', label: 'Table' },
                { value: 'map', label: 'Map' },
              ]}
              aria-label="Show customers as"
            />
            {canWrite ? (
              <Button component={Link} to="/customers/new" leftSection={<IconPlus size={16} />}>
                New customer
              </Button>
            ) : null}
          </Group>
        }
      />
      <CustomerFilters filters={filters} onChange={setFilters} />
      <ListToolbar spec={customerListSpec} filters={filters} onApplyView={setFilters} actions={actions} selection={view === 'map' ? undefined : selection} />
      <Card p={0}>
        {showMap ? (
          <CustomerMap filters={filters} />
        ) : query.isPending ? (
          <LoadingState label="Loading customers…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : customers.length === 0 ? (
          <EmptyState
            title={filtered ? 'No customers match these filters' : 'No customers yet'}
            description={filtered ? 'Try a broader search or clear a filter.' : 'Create the first one to get started.'}
          />
        ) : (
          <>
            <CustomerTable customers={customers} people={people.data} territories={territories.data} selection={selection} />
            <LoadMore
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              fetchNextPage={query.fetchNextPage}
              shown={customers.length}
              noun="customers"
            />
          </>
        )}
      </Card>
    </>
  )
}
