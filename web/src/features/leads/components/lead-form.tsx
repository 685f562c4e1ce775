import { Card, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { PersonSelect } from '@/components/ui/pickers'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { duplicateCandidates, useCreateLead, type DuplicateCandidate } from '../api/create-lead'
import type { Lead } from '../api/get-leads'
import { DuplicateWarning } from './duplicate-warning'
import { LiveDuplicateNotice, useLiveDuplicates } from './live-duplicates'
import { emptyLead, toLeadCreate, type LeadFormValues } from './lead-form-values'
import { LEAD_SOURCES } from './lead-options'

interface LeadFormProps {
  canAssign: boolean
  onCreated: (lead: Lead) => void
  onCancel: () => void
}

const GSTIN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

/** Captures a lead; when the API reports possible twins, shows them before creating one. */
export function LeadForm({ canAssign, onCreated, onCancel }: LeadFormProps) {
  const create = useCreateLead()
  // One capture is one intent: a retry replays, "create anyway" (another body) is its own.
  const intent = useIntentKey()
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null)
  const live = useLiveDuplicates()
  const form = useForm<LeadFormValues>({
    // Uncontrolled: typing re-renders only the field, not the whole form.
    mode: 'uncontrolled',
    initialValues: emptyLead(),
    validate: {
      person_name: (v, values) => (v.trim() || values.company_name.trim() ? null : 'Enter a person or a company'),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid email'),
      tax_id: (v) => (!v.trim() || GSTIN.test(v.trim().toUpperCase()) ? null : 'A GSTIN has 15 characters'),
      estimated_value: (v) => (!v.trim() || /^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000'),
    },
    // A changed form is a new capture: the warning was about the old one.
    // Its matching details are checked again once typing pauses.
    onValuesChange: (values) => {
      setDuplicates(null)
      live.watch({ email: values.email, phone: values.phone, tax_id: values.tax_id })
    },
  })

  const send = async (values: LeadFormValues, allowDuplicate: boolean) => {
    live.cancel()
    try {
      const body = toLeadCreate(values, allowDuplicate)
      const lead = await intent.send(body, (key) => create.mutateAsync({ body, key }))
      onCreated(lead)
    } catch (e) {
      const candidates = duplicateCandidates(e)
      if (!candidates) throw e
      setDuplicates(candidates)
    }
  }
  const saving = useFormSubmit({ form, onSubmit: (v) => send(v, false) })

  return (
    <form onSubmit={saving.submit} noValidate aria-label="Capture lead">
      <Stack gap="lg">
        <Card>
          <Title order={4} mb="md">
            Who
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Person" key={form.key('person_name')} {...form.getInputProps('person_name')} />
            <TextInput label="Job title" key={form.key('job_title')} {...form.getInputProps('job_title')} />
            <TextInput label="Company" key={form.key('company_name')} {...form.getInputProps('company_name')} />
            <TextInput label="Industry" key={form.key('industry')} {...form.getInputProps('industry')} />
            <TextInput label="Email" type="email" key={form.key('email')} {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" key={form.key('phone')} {...form.getInputProps('phone')} />
            <TextInput label="GSTIN" key={form.key('tax_id')} {...form.getInputProps('tax_id')} />
          </SimpleGrid>
          {duplicates ? null : <LiveDuplicateNotice candidates={live.candidates} />}
        </Card>
        <Card>
          <Title order={4} mb="md">
            Opportunity
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select label="Source" data={LEAD_SOURCES} allowDeselect={false} required key={form.key('source')} {...form.getInputProps('source')} />
            <TextInput label="Campaign" key={form.key('campaign_ref')} {...form.getInputProps('campaign_ref')} />
            <TextInput label="Product interest" key={form.key('product_interest')} {...form.getInputProps('product_interest')} />
            <Group grow align="flex-start">
              <TextInput label="Estimated value" inputMode="decimal" key={form.key('estimated_value')} {...form.getInputProps('estimated_value')} />
              <Select label="Currency" data={['INR', 'USD', 'EUR', 'GBP', 'AED']} allowDeselect={false} key={form.key('currency')} {...form.getInputProps('currency')} />
            </Group>
            {canAssign ? <PersonSelect label="Owner" placeholder="By territory rules" roles={['sales_engineer', 'sales_head']} key={form.key('owner_id')} {...form.getInputProps('owner_id')} /> : null}
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} mt="md" key={form.key('notes')} {...form.getInputProps('notes')} />
        </Card>
        <Card>
          <Title order={4} mb="md">
            Address
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Street" key={form.key('address.line1')} {...form.getInputProps('address.line1')} />
            <TextInput label="City" key={form.key('address.city')} {...form.getInputProps('address.city')} />
            <TextInput label="State" key={form.key('address.state')} {...form.getInputProps('address.state')} />
            <TextInput label="Postal code" description="Decides the territory and owner" key={form.key('address.postal_code')} {...form.getInputProps('address.postal_code')} />
          </SimpleGrid>
        </Card>
        {duplicates ? (
          <DuplicateWarning candidates={duplicates} creating={create.isPending} onCreateAnyway={() => void saving.run(form.getValues(), (v) => send(v, true))} />
        ) : null}
        <FormFooter saving={saving} onCancel={onCancel} submitLabel="Capture lead" loading={create.isPending} />
      </Stack>
    </form>
  )
}
