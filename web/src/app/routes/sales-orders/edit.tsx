import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { QuoteTotals } from '@/features/quotes/components/quote-totals'
import { useSalesOrder } from '@/features/sales-orders/api/get-sales-orders'
import { useUpdateSalesOrder } from '@/features/sales-orders/api/save-sales-order'
import { useSalesOrderConflict } from '@/features/sales-orders/components/sales-order-conflict'
import { SalesOrderForm } from '@/features/sales-orders/components/sales-order-form'
import { orderToValues, toOrderUpdateBody } from '@/features/sales-orders/components/sales-order-form-values'
import { SalesOrderStatusBadge } from '@/features/sales-orders/components/sales-order-status'

export function Component() {
  const { salesOrderId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const query = useSalesOrder(salesOrderId)
  const update = useUpdateSalesOrder()
  const initial = useMemo(() => (query.data ? orderToValues(query.data.data) : null), [query.data])
  const saved = () => {
    notifications.show({ color: 'green', message: 'Order saved' })
    navigate(`/sales-orders/${salesOrderId}`)
  }
  const conflict = useSalesOrderConflict(salesOrderId, () => {
    void queryClient.invalidateQueries({ queryKey: ['sales-orders', 'detail', salesOrderId] })
    saved()
  })
  if (query.isPending) return <LoadingState label="Loading order…" />
  if (query.isError || !initial) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { data: order, etag } = query.data
  return (
    <>
      <PageHeader title={`Edit ${order.number}`} description={order.customer_name ?? undefined} badge={<SalesOrderStatusBadge status={order.status} size="lg" />} />
      <SalesOrderForm
        key={etag}
        isEdit
        initialValues={initial}
        submitLabel="Save changes"
        onCancel={() => navigate(`/sales-orders/${salesOrderId}`)}
        onReload={() => void query.refetch()}
        conflict={conflict}
        onSubmit={async (values) => {
          const body = toOrderUpdateBody(values, initial)
          if (Object.keys(body).length > 0) await update.mutateAsync({ id: salesOrderId, etag, body })
          saved()
        }}
      >
        <QuoteTotals quote={order} title="Totals as last saved" />
      </SalesOrderForm>
    </>
  )
}
