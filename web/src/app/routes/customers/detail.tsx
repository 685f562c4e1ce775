import { Badge, Button, Grid, Group, Rating, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useCustomer } from '@/features/customers/api/get-customer'
import { useSetArchived } from '@/features/customers/api/save-customer'
import { ContactsCard } from '@/features/customers/components/contacts-card'
import { CustomerAddresses } from '@/features/customers/components/customer-addresses'
import { CustomerProfile } from '@/features/customers/components/customer-profile'
import { CustomerTimeline } from '@/features/customers/components/customer-timeline'
import { CustomerDeals } from '@/features/opportunities/components/customer-deals'
import { CustomerReceivablesCard } from '@/features/billing/components/customer-receivables-card'
import { RelatedQuotes } from '@/features/quotes/components/related-quotes'
import { RelatedOrders } from '@/features/sales-orders/components/related-orders'
import { describeError } from '@/lib/api/problem'
import { useCan } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'
import { territoryName, useTerritories } from '@/lib/lookups/territories'

export function Component() {
  const { customerId = '' } = useParams()
  const query = useCustomer(customerId)
  const people = usePeople()
  const territories = useTerritories()
  const canWrite = useCan('customers:write')
  const canSell = useCan('opportunities:write')
  const canQuote = useCan('quotes:write')
  const canSeeQuotes = useCan('quotes:read')
  const canSeeOrders = useCan('sales_orders:read')
  const canSeeInvoices = useCan('invoices:read')
  const archive = useSetArchived()

  if (query.isPending) return <LoadingState label="Loading customer…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const customer = query.data.data

  const toggleArchived = () =>
    archive.mutate(
      { customerId, archived: !customer.is_archived },
      {
        onSuccess: (saved) =>
          notifications.show({ message: saved.data.is_archived ? 'Customer archived' : 'Customer restored' }),
        onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
      },
    )

  return (
    <>
      <PageHeader
        title={customer.name}
        description={[customer.industry, customer.addresses[0]?.city].filter(Boolean).join(' · ') || undefined}
        badge={
          <Group gap="xs">
            {customer.is_archived ? <Badge color="gray">Archived</Badge> : null}
            {customer.rating ? <Rating value={customer.rating} readOnly size="sm" aria-label={`Rated ${customer.rating} of 5`} /> : null}
          </Group>
        }
        actions={
          canWrite ? (
            <>
              <Button
                variant="default"
                leftSection={customer.is_archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                loading={archive.isPending}
                onClick={toggleArchived}
              >
                {customer.is_archived ? 'Restore' : 'Archive'}
              </Button>
              <Button component={Link} to={`/customers/${customerId}/edit`} leftSection={<IconPencil size={16} />}>
                Edit
              </Button>
            </>
          ) : null
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <CustomerProfile
              customer={customer}
              ownerName={personName(people.data, customer.owner_id)}
              territoryName={territoryName(territories.data, customer.territory_id)}
            />
            <ContactsCard customerId={customerId} contacts={customer.contacts} canWrite={canWrite} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {canSeeInvoices ? <CustomerReceivablesCard customerId={customerId} /> : null}
            <CustomerDeals customerId={customerId} canWrite={canSell && !customer.is_archived} />
            {canSeeQuotes ? <RelatedQuotes links={{ customer_id: customerId }} canWrite={canQuote && !customer.is_archived} /> : null}
            {canSeeOrders ? <RelatedOrders links={{ customer_id: customerId }} /> : null}
            <CustomerAddresses customerName={customer.name} addresses={customer.addresses} />
            <CustomerTimeline customerId={customerId} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
