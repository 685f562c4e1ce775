import { Button, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { CustomerSelect } from '@/components/ui/customer-select'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import type { Lead } from '../api/get-leads'
import { duplicateCandidates, type DuplicateCandidate } from '../api/create-lead'
import { useConvertLead, type LeadConversion } from '../api/lead-actions'
import { DuplicateWarning } from './duplicate-warning'
import { leadName } from './lead-table'

interface ConvertModalProps {
  lead: Lead
  onClose: () => void
  onConverted: (conversion: LeadConversion) => void
}

/** Makes (or links) the customer and contact and opens the deal, in one step. */
export function ConvertModal({ lead, onClose, onConverted }: ConvertModalProps) {
  const convert = useConvertLead(lead.id)
  // A retried conversion (same choice, same values) returns the same customer and deal.
  const intent = useIntentKey()
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null)
  const form = useForm({
    initialValues: {
      customer_id: null as string | null,
      title: `${lead.product_interest ?? 'Deal'} – ${leadName(lead)}`.slice(0, 200),
      amount: lead.estimated_value ?? '',
      expected_close_date: null as string | null,
    },
    validate: { amount: (v) => (!v.trim() || /^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000') },
  })
  const send = async (v: typeof form.values, createNew: boolean) => {
    try {
      const body = {
        customer_id: v.customer_id,
        create_new_customer: createNew,
        title: v.title.trim() || null,
        amount: v.amount.trim() || null,
        currency: lead.currency,
        expected_close_date: v.expected_close_date,
      }
      const conversion = await intent.send(body, (key) => convert.mutateAsync({ body, key }))
      onConverted(conversion)
    } catch (e) {
      const candidates = duplicateCandidates(e)
      if (!candidates) throw e
      setDuplicates(candidates)
    }
  }
  const saving = useFormSubmit({ form, onSubmit: (v) => send(v, false) })
  const linkable = (duplicates ?? []).filter((c) => c.visible && (c.kind === 'customer' ? c.id : c.customer_id))
  return (
    <Modal opened onClose={onClose} title="Convert lead" size="lg">
      <form onSubmit={saving.submit} noValidate aria-label="Convert lead">
        <Stack>
          <Text size="sm" c="dimmed">
            Creates a customer and contact from this lead (or links an existing customer) and opens a deal in the first stage of the default pipeline.
          </Text>
          <CustomerSelect label="Existing customer" placeholder="None: create a new customer" {...form.getInputProps('customer_id')} />
          <TextInput label="Deal title" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={`Amount (${lead.currency})`} inputMode="decimal" {...form.getInputProps('amount')} />
            <DateInput label="Expected close" placeholder="In 90 days" valueFormat={DATE_INPUT_FORMAT} clearable {...form.getInputProps('expected_close_date')} />
          </SimpleGrid>
          {duplicates ? (
            <DuplicateWarning
              candidates={duplicates}
              title="This customer may already exist"
              hint="Link the deal to the existing customer, or create a new customer if it is a different company."
              actions={
                <>
                  {linkable.map((c) => {
                    const customerId = (c.kind === 'customer' ? c.id : c.customer_id) as string
                    return (
                      <Button
                        key={`${c.kind}-${c.id}`}
                        size="xs"
                        loading={convert.isPending}
                        onClick={() => {
                          form.setFieldValue('customer_id', customerId)
                          void saving.run({ ...form.getValues(), customer_id: customerId })
                        }}
                      >
                        Link {c.name ?? 'this customer'}
                      </Button>
                    )
                  })}
                  <Button size="xs" variant="default" loading={convert.isPending} onClick={() => void saving.run(form.getValues(), (v) => send(v, true))}>
                    Create a new customer
                  </Button>
                </>
              }
            />
          ) : null}
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Convert" submitColor="violet" loading={convert.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
