import { Anchor, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAllocatePayment, usePayment, type Payment } from '@/features/billing/api/payments'
import { allocationSummary, toAllocationsIn, type AllocationDraft } from '@/features/billing/components/allocation'
import { AllocationEditor, allocationServerErrors, useOpenInvoices } from '@/features/billing/components/allocation-editor'
import { PAYMENT_METHOD_LABELS } from '@/features/billing/components/payment-method'
import { ApiError } from '@/lib/api/problem'
import { useIntentKey } from '@/lib/api/intent-key'
import { useCan } from '@/lib/auth/session'
import { compareDecimals } from '@/lib/decimal'
import { formatDate, formatMoney } from '@/lib/format'

function AllocateCredit({ payment }: { payment: Payment }) {
  const open = useOpenInvoices(payment.customer_id)
  const allocate = useAllocatePayment(payment.id)
  const intent = useIntentKey()
  const [drafts, setDrafts] = useState<AllocationDraft[]>([])
  const [error, setError] = useState<unknown>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const summary = allocationSummary(payment.unallocated_amount, drafts)
  const allocations = toAllocationsIn(drafts)
  const save = () => {
    setError(null)
    setErrors({})
    intent
      .send({ payment: payment.id, allocations }, (key) => allocate.mutateAsync({ allocations, key }))
      .then(
        () => {
          notifications.show({ color: 'green', message: 'Credit allocated' })
          setDrafts([])
        },
        (e: unknown) => {
          setError(e)
          if (e instanceof ApiError) setErrors(allocationServerErrors(e.fieldErrors(), allocations).byInvoice)
        },
      )
  }
  return (
    <Card>
      <Title order={4} mb="xs">
        Allocate the credit
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {formatMoney(payment.unallocated_amount, payment.currency)} of this payment is not set against an invoice yet.
      </Text>
      {open.isPending ? (
        <LoadingState label="Loading open invoices…" />
      ) : (
        <AllocationEditor invoices={open.open} drafts={drafts} onChange={setDrafts} available={payment.unallocated_amount} currency={payment.currency} errors={errors} />
      )}
      <Group justify="space-between" mt="md">
        <Text size="sm" c={summary.overAllocated ? 'red' : undefined}>
          Allocating {formatMoney(summary.allocated, payment.currency)}; {summary.overAllocated ? 'more than the credit' : `${formatMoney(summary.credit, payment.currency)} stays as credit`}
        </Text>
        <Button onClick={save} disabled={allocations.length === 0 || summary.overAllocated} loading={allocate.isPending}>
          Allocate
        </Button>
      </Group>
      <ApiErrorAlert error={error} />
    </Card>
  )
}

export function Component() {
  const { paymentId = '' } = useParams()
  const query = usePayment(paymentId)
  const canWrite = useCan('payments:write')
  if (query.isPending) return <LoadingState label="Loading payment…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const p = query.data.data
  return (
    <>
      <PageHeader title={`Payment of ${formatMoney(p.amount, p.currency)}`} description={p.customer_name ?? undefined} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card p={0}>
              <Title order={4} p="md" pb={0}>
                Allocations
              </Title>
              {p.allocations.length === 0 ? (
                <Text size="sm" c="dimmed" p="md">
                  Not allocated to any invoice yet.
                </Text>
              ) : (
                <Table aria-label="Allocations" verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Invoice</Table.Th>
                      <Table.Th>Allocated on</Table.Th>
                      <Table.Th ta="right">Amount</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.allocations.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/invoices/${a.invoice_id}`} size="sm">
                            {a.invoice_number ?? 'Invoice'}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{formatDate(a.allocated_on)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(a.amount, a.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            {canWrite && compareDecimals(p.unallocated_amount, '0') > 0 ? <AllocateCredit payment={p} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card>
            <Stack gap={6}>
              <Text size="sm">
                Customer:{' '}
                <Anchor component={Link} to={`/customers/${p.customer_id}`}>
                  {p.customer_name ?? 'Customer'}
                </Anchor>
              </Text>
              <Text size="sm">Date: {formatDate(p.payment_date)}</Text>
              <Text size="sm">Method: {PAYMENT_METHOD_LABELS[p.method]}</Text>
              <Text size="sm">Reference: {p.reference ?? '—'}</Text>
              <Text size="sm">Allocated: {formatMoney(p.allocated_amount, p.currency)}</Text>
              <Text size="sm" fw={600}>
                Unallocated credit: {formatMoney(p.unallocated_amount, p.currency)}
              </Text>
              {p.notes ? (
                <Text size="sm" c="dimmed">
                  {p.notes}
                </Text>
              ) : null}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  )
}
