import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import type { Lead } from '../api/get-leads'
import { useUpdateLead, type LeadUpdate } from '../api/lead-actions'
import { leadComparable, leadToEditValues, useLeadConflict } from './lead-conflict'

interface Props {
  lead: Lead
  etag: string
  onClose: () => void
  onReload: () => void
}

/** Corrects a lead's details; only changed fields are sent. */
export function EditLeadModal({ lead, etag, onClose, onReload }: Props) {
  const update = useUpdateLead(lead.id)
  const [initial] = useState(() => leadToEditValues(lead))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Lead saved' })
    onReload()
    onClose()
  }
  const resolve = useLeadConflict(lead, saved)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: initial,
    validate: {
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid email'),
      estimated_value: (v) => (!v.trim() || /^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000'),
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: resolve,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = changedValues(leadComparable(initial), leadComparable(v))
      if (Object.keys(body).length) await update.mutateAsync({ etag, body: body as LeadUpdate })
      saved()
    },
  })
  return (
    <Modal opened onClose={onClose} title="Edit lead" size="lg">
      <form onSubmit={saving.submit} noValidate aria-label="Edit lead">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Person" data-autofocus key={form.key('person_name')} {...form.getInputProps('person_name')} />
            <TextInput label="Job title" key={form.key('job_title')} {...form.getInputProps('job_title')} />
            <TextInput label="Company" key={form.key('company_name')} {...form.getInputProps('company_name')} />
            <TextInput label="Industry" key={form.key('industry')} {...form.getInputProps('industry')} />
            <TextInput label="Email" type="email" key={form.key('email')} {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" key={form.key('phone')} {...form.getInputProps('phone')} />
            <TextInput label="Product interest" key={form.key('product_interest')} {...form.getInputProps('product_interest')} />
            <TextInput label={`Estimated value (${lead.currency})`} inputMode="decimal" key={form.key('estimated_value')} {...form.getInputProps('estimated_value')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} key={form.key('notes')} {...form.getInputProps('notes')} />
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
