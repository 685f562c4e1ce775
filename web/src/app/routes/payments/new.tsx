import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { CustomerSelect } from '@/components/ui/customer-select'
import { PageHeader } from '@/components/ui/page-header'
import { useRecordPayment, type PaymentCreate, type PaymentMethod } from '@/features/billing/api/payments'
import { allocationSummary, toAllocationsIn, type AllocationDraft } from '@/features/billing/components/allocation'
import { AllocationEditor, allocationServerErrors, useOpenInvoices } from '@/features/billing/components/allocation-editor'
import { PAYMENT_METHOD_OPTIONS } from '@/features/billing/components/payment-method'
import { ApiError } from '@/lib/api/problem'
import { useIntentKey } from '@/lib/api/intent-key'
import { isDecimal } from '@/lib/decimal'
import { DATE_INPUT_FORMAT, formatMoney } from '@/lib/format'
import { focusFirstInvalid } from '@/lib/forms'

interface Values {
  customer_id: string | null
  amount: string
  method: PaymentMethod | null
  payment_date: string | null
  reference: string
  notes: string
}

function validate(v: Values): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.customer_id) errors.customer_id = 'Pick a customer'
  if (!isDecimal(v.amount) || Number(v.amount) <= 0) errors.amount = 'Enter the amount received'
  if (!v.method) errors.method = 'Pick how it was paid'
  return errors
}

export function Component() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const record = useRecordPayment()
  const intent = useIntentKey()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const [drafts, setDrafts] = useState<AllocationDraft[]>([])
  const [allocErrors, setAllocErrors] = useState<Record<string, string>>({})
  const form = useForm<Values>({
    initialValues: { customer_id: params.get('customer_id'), amount: '', method: 'bank_transfer', payment_date: null, reference: '', notes: '' },
    validate,
  })
  const values = form.getValues()
  const open = useOpenInvoices(values.customer_id)
  const currency = open.open[0]?.currency ?? 'INR'
  const summary = allocationSummary(values.amount, drafts)

  const submit = form.onSubmit(
    async (v) => {
      setError(null)
      setMessages([])
      setAllocErrors({})
      if (summary.overAllocated) {
        setMessages(['The allocations add up to more than the amount received.'])
        return
      }
      const allocations = toAllocationsIn(drafts)
      const body: PaymentCreate = {
        customer_id: v.customer_id ?? '',
        amount: v.amount.trim(),
        method: v.method ?? 'other',
        payment_date: v.payment_date,
        reference: v.reference.trim() || null,
        notes: v.notes.trim() || null,
        allocations,
      }
      try {
        const saved = await intent.send(body, (key) => record.mutateAsync({ body, key }))
        notifications.show({ color: 'green', message: 'Payment recorded' })
        navigate(`/payments/${saved.data.id}`)
      } catch (e) {
        setError(e)
        if (e instanceof ApiError) {
          const { byInvoice, rest } = allocationServerErrors(e.fieldErrors(), allocations)
          setAllocErrors(byInvoice)
          const known = Object.keys(form.getValues())
          form.setErrors(Object.fromEntries(Object.entries(rest).filter(([k]) => known.includes(k))))
          setMessages([...e.generalMessages(), ...Object.entries(rest).filter(([k]) => !known.includes(k)).map(([k, m]) => `${k}: ${m}`)])
        }
        focusFirstInvalid('payment-form')
      }
    },
    () => focusFirstInvalid('payment-form'),
  )

  return (
    <>
      <PageHeader title="Record payment" description="Money received from a customer, set against their open invoices." />
      <form id="payment-form" onSubmit={submit} noValidate aria-label="Record payment">
        <Stack gap="lg">
          <Card>
            <Title order={4} mb="md">
              Payment
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              <CustomerSelect
                label="Customer"
                required
                {...form.getInputProps('customer_id')}
                onChange={(v) => {
                  form.setFieldValue('customer_id', v)
                  setDrafts([])
                }}
              />
              <TextInput label="Amount" required inputMode="decimal" {...form.getInputProps('amount')} />
              <Select label="Method" required data={PAYMENT_METHOD_OPTIONS} allowDeselect={false} {...form.getInputProps('method')} />
              <DateInput label="Payment date" placeholder="Today" valueFormat={DATE_INPUT_FORMAT} clearable {...form.getInputProps('payment_date')} />
              <TextInput label="Reference" placeholder="UTR, cheque number…" {...form.getInputProps('reference')} />
              <Textarea label="Notes" autosize minRows={1} {...form.getInputProps('notes')} />
            </SimpleGrid>
          </Card>
          <Card>
            <Title order={4} mb="md">
              Allocate to open invoices
            </Title>
            {!values.customer_id ? (
              <Text size="sm" c="dimmed">
                Pick the customer to see their open invoices.
              </Text>
            ) : open.isPending ? (
              <Text size="sm" c="dimmed">
                Loading open invoices…
              </Text>
            ) : (
              <AllocationEditor invoices={open.open} drafts={drafts} onChange={setDrafts} available={values.amount} currency={currency} errors={allocErrors} />
            )}
            <Group justify="flex-end" gap="xl" mt="md" aria-label="Allocation summary" role="group">
              <Text size="sm">
                Allocated: <b data-testid="allocated">{formatMoney(summary.allocated, currency)}</b>
              </Text>
              <Text size="sm" c={summary.overAllocated ? 'red' : undefined}>
                {summary.overAllocated ? 'More than received' : 'Left as credit'}: <b data-testid="credit">{formatMoney(summary.credit, currency)}</b>
              </Text>
            </Group>
          </Card>
          <ApiErrorAlert error={error} messages={messages} />
          {!error && messages.length ? <Text size="sm" c="red" role="alert">{messages[0]}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  )
}
