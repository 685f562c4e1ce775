import { Card, SimpleGrid, Stack, Textarea, Title } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import type { ReactNode } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { useFormSubmit } from '@/lib/forms'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useMyDiscountLimit } from '@/lib/lookups/discount-limits'
import type { QuoteFormValues } from './quote-form-values'
import { CustomerFields } from '@/components/lines/customer-fields'
import { LineEditor } from '@/components/lines/line-editor'
import { linesErrors } from '@/components/lines/line-drafts'
import { useLinePricing } from '@/components/lines/use-line-pricing'

interface QuoteFormProps {
  initialValues: QuoteFormValues
  submitLabel: string
  /** An edit cannot move the quote to another customer or currency. */
  isEdit?: boolean
  onSubmit: (values: QuoteFormValues) => Promise<unknown>
  onCancel: () => void
  onReload?: () => void
  conflict?: ConflictSetup<QuoteFormValues>
  /** Drawn between the lines and the buttons (the saved totals of an edit). */
  children?: ReactNode
}

function validate(values: QuoteFormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.customer_id) errors.customer_id = 'Pick a customer'
  return { ...errors, ...linesErrors(values.lines) }
}

export function QuoteForm({ initialValues, submitLabel, isEdit, onSubmit, onCancel, onReload, conflict: resolve, children }: QuoteFormProps) {
  const formId = isEdit ? 'quote-edit-form' : 'quote-new-form'
  const limit = useMyDiscountLimit()
  const form = useForm<QuoteFormValues>({ initialValues, validate })
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
            <CustomerFields form={form} isEdit={isEdit} onCustomerChange={repriceAll} />
            <DateInput label="Valid until" placeholder="30 days from today" valueFormat={DATE_INPUT_FORMAT} clearable={!isEdit} {...form.getInputProps('valid_until')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
            <Textarea label="Terms" autosize minRows={2} placeholder="Payment, delivery and warranty terms" {...form.getInputProps('terms')} />
            <Textarea label="Notes" autosize minRows={2} description="Internal, not printed" {...form.getInputProps('notes')} />
          </SimpleGrid>
        </Card>
        <LineEditor form={form} limit={limit} pricing={pricing} onReprice={(i) => void reprice(i)} />
        {children}
        <FormFooter saving={saving} resolve={resolve} onStartOver={onReload} onReload={onReload} onCancel={onCancel} submitLabel={submitLabel} loading={form.submitting} />
      </Stack>
    </form>
  )
}
