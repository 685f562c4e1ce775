import { Anchor, Button, Card, Checkbox, Group, Select, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { CustomerSelect } from '@/components/ui/customer-select'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { usePayments } from '@/features/billing/api/payments'
import { PAYMENT_METHOD_LABELS, PAYMENT_METHOD_OPTIONS } from '@/features/billing/components/payment-method'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { formatDate, formatMoney } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['customer_id', 'method', 'has_credit'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = usePayments(filters)
  const canWrite = useCan('payments:write')
  const payments = flattenPages(query.data)
  return (
    <>
      <PageHeader
        title="Payments"
        description="Money received, and the invoices it settles."
        actions={
          canWrite ? (
            <Button component={Link} to="/payments/new" leftSection={<IconPlus size={16} />}>
              Record payment
            </Button>
          ) : null
        }
      />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <CustomerSelect label="Customer" placeholder="Any" value={filters.customer_id ?? null} onChange={(v) => setFilters({ customer_id: v })} w={{ base: '100%', xs: 220 }} />
        <Select label="Method" placeholder="Any" data={PAYMENT_METHOD_OPTIONS} clearable value={filters.method ?? null} onChange={(v) => setFilters({ method: v })} w={{ base: '100%', xs: 180 }} />
        <Checkbox label="With unallocated credit" checked={filters.has_credit === 'true'} onChange={(e) => setFilters({ has_credit: e.currentTarget.checked ? 'true' : null })} mb={8} />
      </Group>
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading payments…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : payments.length === 0 ? (
          <EmptyState title="No payments" description="Recorded payments show here." />
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label="Payments" highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Customer</Table.Th>
                    <Table.Th>Method</Table.Th>
                    <Table.Th>Reference</Table.Th>
                    <Table.Th ta="right">Amount</Table.Th>
                    <Table.Th ta="right">Unallocated</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {payments.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/payments/${p.id}`} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(p.payment_date)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.customer_name ?? '—'}</Table.Td>
                      <Table.Td>{PAYMENT_METHOD_LABELS[p.method]}</Table.Td>
                      <Table.Td>{p.reference ?? '—'}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatMoney(p.amount, p.currency)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" c={Number(p.unallocated_amount) > 0 ? 'orange' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                          {formatMoney(p.unallocated_amount, p.currency)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={payments.length} noun="payments" />
          </>
        )}
      </Card>
    </>
  )
}
