import { notifications } from '@mantine/notifications'
import { useNavigate } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useCreateCustomer } from '@/features/customers/api/save-customer'
import { CustomerForm } from '@/features/customers/components/customer-form'
import { emptyCustomer, toCreateBody } from '@/features/customers/components/customer-form-values'
import { useIntentKey } from '@/lib/api/intent-key'
import { useCan } from '@/lib/auth/session'

export function Component() {
  const navigate = useNavigate()
  const create = useCreateCustomer()
  // Saving again after a timeout is the same customer, not a second one.
  const intent = useIntentKey()
  const canReassign = useCan('customers:reassign')
  return (
    <>
      <PageHeader title="New customer" description="Addresses with coordinates appear on maps." />
      <CustomerForm
        initialValues={emptyCustomer()}
        submitLabel="Create customer"
        canReassign={canReassign}
        onCancel={() => navigate('/customers')}
        onSubmit={async (values) => {
          const body = toCreateBody(values)
          const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
          notifications.show({ color: 'green', message: `${saved.name} was created` })
          navigate(`/customers/${saved.id}`)
        }}
      />
    </>
  )
}
