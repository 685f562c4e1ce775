import { Anchor, Card, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { formatDate, formatMoney } from '@/lib/format'
import { useOrderInvoices } from '../api/invoices'
import { InvoiceStatusBadge } from './invoice-status'

interface OrderInvoicesCardProps {
  orderId: string
  /** The order's milestone labels by id: what each milestone invoice bills. */
  milestoneLabels: Record<string, string>
}

/** The invoices made from a sales order: what each bills (a milestone, or delivered quantities), its status, total and what is open. */
export function OrderInvoicesCard({ orderId, milestoneLabels }: OrderInvoicesCardProps) {
  const canRead = useCan('invoices:read')
  const query = useOrderInvoices(orderId, canRead)
  if (!canRead) return null
  const invoices = flattenPages(query.data)
  return (
    <Card p={0}>
      <Title order={4} p="md" pb={invoices.length ? 0 : 'xs'}>
        Invoices
      </Title>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : invoices.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          None yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table aria-label="Invoices of this order" verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Invoice</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Total</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/invoices/${inv.id}`} fw={600} size="sm">
                      {inv.number ?? 'Draft'}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {inv.source_milestone_id ? (milestoneLabels[inv.source_milestone_id] ?? 'A milestone') : 'Delivered quantities'} · {formatDate(inv.invoice_date)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <InvoiceStatusBadge invoice={inv} size="xs" />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={500}>
                      {formatMoney(inv.grand_total, inv.currency)}
                    </Text>
                    {inv.status === 'draft' || inv.status === 'cancelled' ? null : (
                      <Text size="xs" c="dimmed">
                        open {formatMoney(inv.open_amount, inv.currency)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}
