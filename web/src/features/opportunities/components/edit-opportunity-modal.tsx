import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { applyApiErrors } from '@/lib/forms'
import type { Opportunity } from '../api/get-board'
import { useUpdateOpportunity, type OpportunityUpdate } from '../api/save-opportunity'

interface Props {
  opportunity: Opportunity
  etag: string
  onClose: () => void
  onReload: () => void
}

export function EditOpportunityModal({ opportunity: o, etag, onClose, onReload }: Props) {
  const update = useUpdateOpportunity()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const initial = {
    title: o.title,
    amount: o.amount,
    expected_close_date: o.expected_close_date as string | null,
    probability: o.probability as number | string,
    notes: o.notes ?? '',
  }
  const form = useForm({
    initialValues: initial,
    validate: {
      title: (v) => (v.trim() ? null : 'Title is required'),
      amount: (v) => (/^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000'),
      expected_close_date: (v) => (v ? null : 'Pick a date'),
    },
  })
  const submit = form.onSubmit(async (v) => {
    setError(null)
    const body: OpportunityUpdate = {}
    if (v.title.trim() !== initial.title) body.title = v.title.trim()
    if (v.amount.trim() !== initial.amount) body.amount = v.amount.trim()
    if (v.expected_close_date !== initial.expected_close_date) body.expected_close_date = v.expected_close_date
    if (v.probability !== initial.probability && v.probability !== '') body.probability = Number(v.probability)
    if (v.notes !== initial.notes) body.notes = v.notes.trim() || null
    try {
      if (Object.keys(body).length) await update.mutateAsync({ opportunityId: o.id, etag, body })
      notifications.show({ color: 'green', message: 'Deal saved' })
      onClose()
    } catch (e) {
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(v)))
    }
  })
  return (
    <Modal opened onClose={onClose} title="Edit deal" size="lg">
      <form onSubmit={submit} noValidate aria-label="Edit deal">
        <Stack>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={`Amount (${o.currency})`} inputMode="decimal" required {...form.getInputProps('amount')} />
            <DateInput label="Expected close" valueFormat={DATE_INPUT_FORMAT} required {...form.getInputProps('expected_close_date')} />
            <NumberInput label="Probability (%)" min={0} max={100} disabled={o.status !== 'open'} {...form.getInputProps('probability')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
          <ApiErrorAlert
            error={error}
            messages={messages}
            onReload={() => {
              onReload()
              onClose()
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
