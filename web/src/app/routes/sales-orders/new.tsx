import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useCreateSalesOrder } from '@/features/sales-orders/api/save-sales-order'
import { SalesOrderForm } from '@/features/sales-orders/components/sales-order-form'
import { emptyOrder, toOrderCreateBody } from '@/features/sales-orders/components/sales-order-form-values'
import { useIntentKey } from '@/lib/api/intent-key'

export function Component() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const create = useCreateSalesOrder()
  // Saving again after a timeout is the same order, not a second one.
  const intent = useIntentKey()
  const [initial] = useState(() => emptyOrder({ customer_id: params.get('customer_id'), opportunity_id: params.get('opportunity_id') }))
  return (
    <>
      <PageHeader title="New order" description="A direct order, without a quote. Prices come from the customer's price list; the server computes tax and totals." />
      <SalesOrderForm
        initialValues={initial}
        submitLabel="Save draft order"
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const body = toOrderCreateBody(values)
          const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
          notifications.show({ color: 'green', message: `Order ${saved.data.number} saved as a draft` })
          navigate(`/sales-orders/${saved.data.id}`)
        }}
      />
    </>
  )
}
