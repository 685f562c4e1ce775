import { Card, NumberInput, Select, SimpleGrid, Stack, Textarea, Title } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useNavigate, useSearchParams } from 'react-router'
import { FormFooter } from '@/components/forms/form-footer'
import { CustomerSelect } from '@/components/ui/customer-select'
import { PageHeader } from '@/components/ui/page-header'
import { useCreateInvoice, type InvoiceCreate } from '@/features/billing/api/invoices'
import { emptyLine, linesErrors, toLineIn, type LineDraft } from '@/components/lines/line-drafts'
import { LineEditor } from '@/components/lines/line-editor'
import { useLinePricing } from '@/components/lines/use-line-pricing'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { DATE_INPUT_FORMAT } from '@/lib/format'

// The lines are edited with the shared line editor (as quotes and orders are).
interface Values {
  customer_id: string | null
  currency: string | null
  invoice_date: string | null
  payment_terms_days: number | ''
  notes: string
  lines: LineDraft[]
}

function validate(values: Values): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.customer_id) errors.customer_id = 'Pick a customer'
  return { ...errors, ...linesErrors(values.lines) }
}

function toBody(v: Values): InvoiceCreate {
  return {
    customer_id: v.customer_id ?? '',
    currency: v.currency,
    invoice_date: v.invoice_date,
    payment_terms_days: v.payment_terms_days === '' ? null : v.payment_terms_days,
    notes: v.notes.trim() || null,
    lines: v.lines.map((l) => {
      // An invoice line carries its price: the list's suggestion as shown, or the typed one.
      const { is_optional: _optional, ...line } = toLineIn(l)
      return { ...line, unit_price: l.unit_price.trim() }
    }),
  }
}

/** A direct invoice (not from a sales order), made as a draft for a head or admin to issue. */
export function Component() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const create = useCreateInvoice()
  const intent = useIntentKey()
  const form = useForm<Values>({
    initialValues: { customer_id: params.get('customer_id'), currency: null, invoice_date: null, payment_terms_days: '', notes: '', lines: [emptyLine()] },
    validate,
  })
  const { pricing, reprice, repriceAll } = useLinePricing(form)

  const saving = useFormSubmit({
    form,
    knownFields: ['customer_id', 'currency', 'invoice_date', 'notes', 'lines', 'payment_terms_days'],
    focusFormId: 'invoice-new-form',
    onSubmit: async (v) => {
      const body = toBody(v)
      const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
      notifications.show({ color: 'green', message: 'Draft invoice saved' })
      navigate(`/invoices/${saved.data.id}`)
    },
  })

  return (
    <>
      <PageHeader title="New invoice" description="A direct invoice, saved as a draft to issue." />
      <form id="invoice-new-form" onSubmit={saving.submit} noValidate aria-label="New invoice">
        <Stack gap="lg">
          <Card>
            <Title order={4} mb="md">
              Customer and terms
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
              <CustomerSelect
                label="Customer"
                required
                {...form.getInputProps('customer_id')}
                onChange={(v) => {
                  form.setFieldValue('customer_id', v)
                  repriceAll()
                }}
              />
              <Select label="Currency" placeholder="The customer's" data={['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD']} clearable {...form.getInputProps('currency')} />
              <DateInput label="Invoice date" placeholder="Today" valueFormat={DATE_INPUT_FORMAT} clearable {...form.getInputProps('invoice_date')} />
              <NumberInput label="Payment terms (days)" placeholder="The customer's" min={0} max={365} allowDecimal={false} {...form.getInputProps('payment_terms_days')} />
            </SimpleGrid>
            <Textarea mt="md" label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          </Card>
          <LineEditor form={form} limit={null} pricing={pricing} onReprice={(i) => void reprice(i)} withOptional={false} />
          <FormFooter saving={saving} onCancel={() => navigate(-1)} submitLabel="Save draft" loading={form.submitting} />
        </Stack>
      </form>
    </>
  )
}
