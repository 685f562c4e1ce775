import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useCustomer } from '@/features/customers/api/get-customer'
import { useUpdateCustomer } from '@/features/customers/api/save-customer'
import { useCustomerConflict } from '@/features/customers/components/customer-conflict'
import { CustomerForm } from '@/features/customers/components/customer-form'
import { customerToValues, toUpdateBody } from '@/features/customers/components/customer-form-values'
import { useCan } from '@/lib/auth/session'

export function Component() {
  const { customerId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const query = useCustomer(customerId)
  const update = useUpdateCustomer()
  const canReassign = useCan('customers:reassign')
  const initial = useMemo(() => (query.data ? customerToValues(query.data.data) : null), [query.data])
  const saved = () => {
    notifications.show({ color: 'green', message: 'Changes saved' })
    navigate(`/customers/${customerId}`)
  }
  const conflict = useCustomerConflict(customerId, () => {
    // A resolution that kept only their values sent nothing: show what is stored.
    void queryClient.invalidateQueries({ queryKey: ['customers', 'detail', customerId] })
    saved()
  })

  if (query.isPending) return <LoadingState />
  if (query.isError || !initial) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { data: customer, etag } = query.data

  return (
    <>
      <PageHeader title={`Edit ${customer.name}`} description={`Version ${customer.version}`} />
      <CustomerForm
        // Starting over after a conflict brings a new version: start the form over from it.
        key={etag}
        initialValues={initial}
        submitLabel="Save changes"
        canReassign={canReassign}
        onCancel={() => navigate(`/customers/${customerId}`)}
        onReload={() => void query.refetch()}
        conflict={conflict}
        onSubmit={async (values) => {
          const body = toUpdateBody(values, initial)
          if (Object.keys(body).length > 0) await update.mutateAsync({ customerId, etag, body })
          saved()
        }}
      />
    </>
  )
}
