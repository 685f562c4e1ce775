import { Card, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import type { ReactNode } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { CustomerFields } from '@/components/lines/customer-fields'
import { LineEditor } from '@/components/lines/line-editor'
import { linesErrors } from '@/components/lines/line-drafts'
import { useLinePricing } from '@/components/lines/use-line-pricing'
import { useFormSubmit } from '@/lib/forms'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import type { SalesOrderFormValues } from './sales-order-form-values'

interface SalesOrderFormProps {
  initialValues: SalesOrderFormValues
  submitLabel: string
  /** An edit cannot move the order to another customer or currency. */
  isEdit?: boolean
  onSubmit: (values: SalesOrderFormValues) => Promise<unknown>
  onCancel: () => void
  onReload?: () => void
  conflict?: ConflictSetup<SalesOrderFormValues>
  children?: ReactNode
}

function validate(values: SalesOrderFormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.customer_id) errors.customer_id = 'Pick a customer'
  if (values.payment_terms_days.trim() && !/^\d+$/.test(values.payment_terms_days.trim())) errors.payment_terms_days = 'Whole days, 0 or more'
  return { ...errors, ...linesErrors(values.lines) }
}

/** A direct order (no quote) or a draft's edit: the customer, their PO and terms, and lines priced like the quote builder's. */
export function SalesOrderForm({ initialValues, submitLabel, isEdit, onSubmit, onCancel, onReload, conflict: resolve, children }: SalesOrderFormProps) {
  const formId = isEdit ? 'order-edit-form' : 'order-new-form'
  const form = useForm<SalesOrderFormValues>({ initialValues, validate })
  const { pricing, reprice, repriceAll } = useLinePricing(form)

  const saving = useFormSubmit({ form, onSubmit, conflict: resolve, initialValues, focusFormId: formId })

  return (
    <form id={formId} onSubmit={saving.submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        <Card>
          <Title order={4} mb="md">
            Customer and terms
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <CustomerFields form={form} isEdit={isEdit} onCustomerChange={repriceAll}>
              <TextInput label="Customer PO number" placeholder="As on their purchase order" {...form.getInputProps('customer_po_number')} />
              <DateInput label="PO date" valueFormat={DATE_INPUT_FORMAT} clearable {...form.getInputProps('customer_po_date')} />
            </CustomerFields>
            <TextInput label="Payment terms (days)" inputMode="numeric" placeholder="The customer's" {...form.getInputProps('payment_terms_days')} />
            <TextInput label="Delivery terms" placeholder="Ex works, FOR destination…" {...form.getInputProps('delivery_terms')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mt="md">
            <Textarea label="Delivery address" autosize minRows={2} placeholder="The customer's shipping address" {...form.getInputProps('delivery_address')} />
            <Textarea label="Terms" autosize minRows={2} {...form.getInputProps('terms')} />
            <Textarea label="Notes" autosize minRows={2} description="Internal, not printed" {...form.getInputProps('notes')} />
          </SimpleGrid>
        </Card>
        <LineEditor form={form} limit={undefined} pricing={pricing} onReprice={(i) => void reprice(i)} withOptional={false} />
        {children}
        <FormFooter saving={saving} resolve={resolve} onStartOver={onReload} onReload={onReload} onCancel={onCancel} submitLabel={submitLabel} loading={form.submitting} />
      </Stack>
    </form>
  )
}
