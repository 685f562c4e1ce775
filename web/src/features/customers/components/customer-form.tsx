import { Card, Checkbox, Group, NumberInput, Rating, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import { useFormSubmit } from '@/lib/forms'
import { AddressFields } from './address-fields'
import { validateCreditLimit, type CustomerFormValues } from './customer-form-values'

interface CustomerFormProps {
  initialValues: CustomerFormValues
  submitLabel: string
  canReassign: boolean
  onSubmit: (values: CustomerFormValues) => Promise<unknown>
  onCancel: () => void
  /** Offered when the save hit a 412: start over from the stored version. */
  onReload?: () => void
  /** An edit: resolve a 412 field by field instead of starting over. */
  conflict?: ConflictSetup<CustomerFormValues>
}

const GSTIN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

export function CustomerForm({ initialValues, submitLabel, canReassign, onSubmit, onCancel, onReload, conflict: resolve }: CustomerFormProps) {
  const form = useForm<CustomerFormValues>({
    // Uncontrolled: typing re-renders only the field, not the whole long form.
    mode: 'uncontrolled',
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : 'Name is required'),
      tax_id: (v) => (!v.trim() || GSTIN.test(v.trim().toUpperCase()) ? null : 'A GSTIN has 15 characters, e.g. 27AAPFU0939F1ZV'),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid email'),
      credit_limit: validateCreditLimit,
      addresses: {
        line1: (v) => (v.trim() ? null : 'Required'),
        city: (v) => (v.trim() ? null : 'Required'),
      },
    },
  })

  const saving = useFormSubmit({ form, onSubmit, conflict: resolve, initialValues })

  return (
    <form onSubmit={saving.submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        <Card>
          <Title order={4} mb="md">
            Company
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
            <TextInput label="Legal name" key={form.key('legal_name')} {...form.getInputProps('legal_name')} />
            <TextInput label="GSTIN" placeholder="27AAPFU0939F1ZV" key={form.key('tax_id')} {...form.getInputProps('tax_id')} />
            <TextInput label="Industry" key={form.key('industry')} {...form.getInputProps('industry')} />
            <TagsInput label="Segments" placeholder="Type and press Enter" key={form.key('segment_tags')} {...form.getInputProps('segment_tags')} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="rating-label">
                Rating
              </Text>
              <Rating aria-labelledby="rating-label" key={form.key('rating')} {...form.getInputProps('rating')} />
            </Stack>
            <TextInput label="External ERP id" key={form.key('external_id')} {...form.getInputProps('external_id')} />
            <TerritorySelect label="Territory" placeholder="From the billing address" key={form.key('territory_id')} {...form.getInputProps('territory_id')} />
            {canReassign ? <PersonSelect label="Owner" placeholder="Me" key={form.key('owner_id')} {...form.getInputProps('owner_id')} /> : null}
          </SimpleGrid>
        </Card>
        <Card>
          <Title order={4} mb="md">
            Contact and terms
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Email" type="email" key={form.key('email')} {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" key={form.key('phone')} {...form.getInputProps('phone')} />
            <TextInput label="Website" key={form.key('website')} {...form.getInputProps('website')} />
            <Group grow align="flex-start">
              <TextInput label="Credit limit" inputMode="decimal" key={form.key('credit_limit')} {...form.getInputProps('credit_limit')} />
              <Select label="Currency" data={['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD']} allowDeselect={false} key={form.key('currency')} {...form.getInputProps('currency')} />
            </Group>
            <NumberInput label="Payment terms (days)" min={0} max={365} key={form.key('payment_terms_days')} {...form.getInputProps('payment_terms_days')} />
            <Stack gap="xs" justify="flex-end">
              <Checkbox label="Agrees to receive email" key={form.key('email_opt_in')} {...form.getInputProps('email_opt_in', { type: 'checkbox' })} />
              <Checkbox label="Agrees to receive SMS" key={form.key('sms_opt_in')} {...form.getInputProps('sms_opt_in', { type: 'checkbox' })} />
            </Stack>
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} mt="md" key={form.key('notes')} {...form.getInputProps('notes')} />
        </Card>
        <Card>
          <Title order={4} mb="md">
            Addresses
          </Title>
          <AddressFields form={form} />
        </Card>
        <FormFooter saving={saving} resolve={resolve} onStartOver={onReload} onReload={onReload} onCancel={onCancel} submitLabel={submitLabel} loading={form.submitting} />
      </Stack>
    </form>
  )
}
