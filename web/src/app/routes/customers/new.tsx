import { notifications } from '@mantine/notifications'
import { useNavigate } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { useCreateCustomer } from '@/features/customers/api/save-customer'
import { CustomerForm } from '@/features/customers/components/customer-form'
import { emptyCustomer, toCreateBody } from '@/features/customers/components/customer-form-values'
import { useCan } from '@/lib/auth/session'

export function Component() {
  const navigate = useNavigate()
  const create = useCreateCustomer()
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
          const saved = await create.mutateAsync(toCreateBody(values))
          notifications.show({ color: 'green', message: `${saved.name} was created` })
          navigate(`/customers/${saved.id}`)
        }}
      />
    </>
  )
}
