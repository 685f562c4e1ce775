import { Alert, Anchor, Grid, Stack } from '@mantine/core'
import { IconAlertTriangle, IconBan } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useOrderInvoices } from '@/features/billing/api/invoices'
import { OrderInvoicesCard } from '@/features/billing/components/order-invoices-card'
import { OrderDeliveriesCard } from '@/features/deliveries/components/order-deliveries-card'
import { QuoteTotals } from '@/features/quotes/components/quote-totals'
import { useSalesOrder } from '@/features/sales-orders/api/get-sales-orders'
import { CreditFigures } from '@/features/sales-orders/components/credit-figures'
import { MilestonesCard } from '@/features/sales-orders/components/milestones-card'
import { MilestonesDialog } from '@/features/sales-orders/components/milestones-dialog'
import { billedBy, bothWaysOpen, orderBilling } from '@/features/sales-orders/components/order-billing'
import { OrderInvoiceDialog, type InvoiceTarget } from '@/features/sales-orders/components/order-invoice-dialog'
import { OrderLinesCard } from '@/features/sales-orders/components/order-lines-card'
import { SalesOrderActionsBar } from '@/features/sales-orders/components/sales-order-actions-bar'
import { salesOrderActions } from '@/features/sales-orders/components/sales-order-action-rules'
import { SalesOrderStatusBadge } from '@/features/sales-orders/components/sales-order-status'
import { SalesOrderSummary } from '@/features/sales-orders/components/sales-order-summary'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { personName, usePeople } from '@/lib/lookups/users'

export function Component() {
  const { salesOrderId = '' } = useParams()
  const query = useSalesOrder(salesOrderId)
  const people = usePeople()
  const canWrite = useCan('sales_orders:write')
  const canBill = useCan('invoices:write')
  // The order's invoices: listed on the page, and a draft waiting is offered instead of a second one.
  const invoices = useOrderInvoices(salesOrderId, useCan('invoices:read'))
  const [editingMilestones, setEditingMilestones] = useState(false)
  const [invoicing, setInvoicing] = useState<InvoiceTarget | null>(null)
  if (query.isPending) return <LoadingState label="Loading order…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { data: order, etag } = query.data
  const allowed = salesOrderActions(order, canWrite)
  const billing = orderBilling(order, invoices.isSuccess ? flattenPages(invoices.data) : undefined, canBill)
  return (
    <>
      <PageHeader
        title={`Order ${order.number}`}
        description={order.customer_name ?? undefined}
        badge={<SalesOrderStatusBadge status={order.status} size="lg" />}
        actions={<SalesOrderActionsBar order={order} />}
      />
      <Stack gap="lg">
        {order.status === 'credit_hold' ? (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="On credit hold: waiting for a head to approve the credit">
            <CreditFigures orderId={order.id} />
          </Alert>
        ) : null}
        {order.status === 'cancelled' ? (
          <Alert color="red" icon={<IconBan size={18} />} title="Cancelled">
            {order.cancellation_reason ?? 'This order was cancelled; the stock it held is released.'}
          </Alert>
        ) : null}
        <OrderLinesCard order={order} offer={billing.quantities} onInvoice={() => setInvoicing({ delivered: true })} />
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              <OrderDeliveriesCard order={order} />
              <MilestonesCard
                milestones={order.milestones}
                currency={order.currency}
                onEdit={allowed.includes('milestones') ? () => setEditingMilestones(true) : undefined}
                billing={billing.milestones}
                onInvoice={(milestone) => setInvoicing({ milestone })}
                billedByQuantities={billedBy(order) === 'quantities'}
              />
              <OrderInvoicesCard orderId={order.id} milestoneLabels={Object.fromEntries(order.milestones.map((m) => [m.id, m.label]))} />
              <SalesOrderSummary order={order} ownerName={personName(people.data, order.owner_id)} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              <QuoteTotals quote={order} />
              <Anchor component={Link} to="/sales-orders" size="sm">
                All orders
              </Anchor>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {invoicing ? <OrderInvoiceDialog order={order} target={invoicing} decidesMode={bothWaysOpen(billing)} onClose={() => setInvoicing(null)} /> : null}
      {editingMilestones ? <MilestonesDialog order={order} etag={etag} onClose={() => setEditingMilestones(false)} onReload={() => void query.refetch()} /> : null}
    </>
  )
}
