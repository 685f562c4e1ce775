import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { CustomerSelect } from '@/components/ui/customer-select'
import { idempotencyKey } from '@/lib/api/client'
import { applyApiErrors } from '@/lib/forms'
import type { Lead } from '../api/get-leads'
import { useConvertLead, type LeadConversion } from '../api/lead-actions'
import { leadName } from './lead-table'

interface ConvertModalProps {
  lead: Lead
  onClose: () => void
  onConverted: (conversion: LeadConversion) => void
}

/** Makes (or links) the customer and contact and opens the deal, in one step. */
export function ConvertModal({ lead, onClose, onConverted }: ConvertModalProps) {
  const convert = useConvertLead(lead.id)
  // One key for the dialog: a retried conversion returns the same customer and deal.
  const [key] = useState(idempotencyKey)
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const form = useForm({
    initialValues: {
      customer_id: null as string | null,
      title: `${lead.product_interest ?? 'Deal'} – ${leadName(lead)}`.slice(0, 200),
      amount: lead.estimated_value ?? '',
      expected_close_date: null as string | null,
    },
    validate: { amount: (v) => (!v.trim() || /^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000') },
  })
  const submit = form.onSubmit(async (v) => {
    setError(null)
    try {
      const conversion = await convert.mutateAsync({
        key,
        body: {
          customer_id: v.customer_id,
          title: v.title.trim() || null,
          amount: v.amount.trim() || null,
          currency: lead.currency,
          expected_close_date: v.expected_close_date,
        },
      })
      onConverted(conversion)
    } catch (e) {
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(v)))
    }
  })
  return (
    <Modal opened onClose={onClose} title="Convert lead" size="lg">
      <form onSubmit={submit} noValidate aria-label="Convert lead">
        <Stack>
          <Text size="sm" c="dimmed">
            Creates a customer and contact from this lead (or links an existing customer) and opens a deal in the first stage of the default pipeline.
          </Text>
          <ApiErrorAlert error={error} messages={messages} />
          <CustomerSelect label="Existing customer" placeholder="None: create a new customer" {...form.getInputProps('customer_id')} />
          <TextInput label="Deal title" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={`Amount (${lead.currency})`} inputMode="decimal" {...form.getInputProps('amount')} />
            <DateInput label="Expected close" placeholder="In 90 days" valueFormat="DD MMM YYYY" clearable {...form.getInputProps('expected_close_date')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="violet" loading={convert.isPending}>
              Convert
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
