import { Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useFormSubmit } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import type { Opportunity } from '../api/get-board'
import { useUpdateOpportunity, type OpportunityUpdate } from '../api/save-opportunity'
import { opportunityComparable, opportunityToEditValues, useOpportunityConflict } from './opportunity-conflict'

interface Props {
  opportunity: Opportunity
  etag: string
  onClose: () => void
  onReload: () => void
}

export function EditOpportunityModal({ opportunity: o, etag, onClose, onReload }: Props) {
  const update = useUpdateOpportunity()
  const [initial] = useState(() => opportunityToEditValues(o))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Deal saved' })
    onReload()
    onClose()
  }
  const resolve = useOpportunityConflict(o, saved)
  const form = useForm({
    initialValues: initial,
    // An emptied probability keeps the one the deal has.
    transformValues: (typed) => (typed.probability === '' ? { ...typed, probability: initial.probability } : typed),
    validate: {
      title: (v) => (v.trim() ? null : 'Title is required'),
      amount: (v) => (/^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000'),
      expected_close_date: (v) => (v ? null : 'Pick a date'),
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: resolve,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = changedValues(opportunityComparable(initial), opportunityComparable(v))
      if (Object.keys(body).length) await update.mutateAsync({ opportunityId: o.id, etag, body: body as OpportunityUpdate })
      saved()
    },
  })
  return (
    <Modal opened onClose={onClose} title="Edit deal" size="lg">
      <form onSubmit={saving.submit} noValidate aria-label="Edit deal">
        <Stack>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={`Amount (${o.currency})`} inputMode="decimal" required {...form.getInputProps('amount')} />
            <DateInput label="Expected close" valueFormat={DATE_INPUT_FORMAT} required {...form.getInputProps('expected_close_date')} />
            <NumberInput label="Probability (%)" min={0} max={100} disabled={o.status !== 'open'} {...form.getInputProps('probability')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
          <FormFooter
            saving={saving}
            resolve={resolve}
            onStartOver={() => {
              onReload()
              onClose()
            }}
            onCancel={onClose}
            submitLabel="Save"
            loading={update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  )
}
