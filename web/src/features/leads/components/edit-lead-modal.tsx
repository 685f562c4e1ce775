import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ConflictResolver } from '@/components/forms/conflict-resolver'
import { conflictOf, type Conflict } from '@/components/forms/conflict-types'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { applyApiErrors } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import type { Lead } from '../api/get-leads'
import { useUpdateLead, type LeadUpdate } from '../api/lead-actions'
import { LEAD_EDIT_FIELDS, leadComparable, leadToEditValues, useLeadConflict } from './lead-conflict'

interface Props {
  lead: Lead
  etag: string
  onClose: () => void
  onReload: () => void
}

/** Corrects a lead's details; only changed fields are sent. */
export function EditLeadModal({ lead, etag, onClose, onReload }: Props) {
  const update = useUpdateLead(lead.id)
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const [conflict, setConflict] = useState<Conflict | null>(null)
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
  const submit = form.onSubmit(async (v) => {
    setError(null)
    setConflict(null)
    const body = changedValues(leadComparable(initial), leadComparable(v))
    try {
      if (Object.keys(body).length) await update.mutateAsync({ etag, body: body as LeadUpdate })
      saved()
    } catch (e) {
      const found = conflictOf(e, resolve, initial, v)
      if (found) return setConflict(found)
      setError(e)
      setMessages(applyApiErrors(form, e, LEAD_EDIT_FIELDS))
    }
  })
  return (
    <Modal opened onClose={onClose} title="Edit lead" size="lg">
      <form onSubmit={submit} noValidate aria-label="Edit lead">
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
          {conflict ? (
            <ConflictResolver
              setup={resolve}
              conflict={conflict}
              onStartOver={() => {
                onReload()
                onClose()
              }}
            />
          ) : (
            <ApiErrorAlert error={error} messages={messages} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant={conflict ? 'default' : 'filled'} loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
