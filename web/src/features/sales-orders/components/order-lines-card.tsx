import { Anchor, Button, Card, Group, Title } from '@mantine/core'
import { IconFileInvoice } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { SalesOrder } from '../api/get-sales-orders'
import type { BillingOffer } from './order-billing'
import { SalesOrderLinesTable } from './sales-order-lines-table'

interface OrderLinesCardProps {
  order: Pick<SalesOrder, 'lines' | 'currency'>
  /** Delivered quantities not yet invoiced: a new invoice of them, or the draft waiting. */
  offer?: BillingOffer
  onInvoice?: () => void
}

/** The order's lines, with "Invoice delivered quantities" while some are delivered and not invoiced. */
export function OrderLinesCard({ order, offer, onInvoice }: OrderLinesCardProps) {
  return (
    <Card p={0}>
      <Group justify="space-between" p="md" pb={0} gap="xs">
        <Title order={4}>Lines</Title>
        {offer?.kind === 'invoice' && onInvoice ? (
          <Button size="xs" variant="light" leftSection={<IconFileInvoice size={14} />} onClick={onInvoice}>
            Invoice delivered quantities
          </Button>
        ) : offer?.kind === 'draft' ? (
          <Anchor component={Link} to={`/invoices/${offer.invoiceId}`} size="sm">
            Draft invoice of delivered quantities waiting
          </Anchor>
        ) : null}
      </Group>
      <SalesOrderLinesTable lines={order.lines} currency={order.currency} />
    </Card>
  )
}
