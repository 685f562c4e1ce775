import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ConflictResolver } from '@/components/forms/conflict-resolver'
import { conflictOf, type Conflict } from '@/components/forms/conflict-types'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { applyApiErrors } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import type { Contact } from '../api/get-customer'
import { useAddContact, useUpdateContact, type ContactCreate, type ContactUpdate } from '../api/save-contact'
import { CONTACT_CHANNELS, channelLabel, contactComparable, contactToValues, useContactConflict } from './contact-conflict'

interface ContactModalProps {
  customerId: string
  /** The contact to edit; undefined adds a new one. */
  contact?: Contact
  onClose: () => void
}

export function ContactModal({ customerId, contact, onClose }: ContactModalProps) {
  const add = useAddContact(customerId)
  const update = useUpdateContact(customerId)
  const intent = useIntentKey()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [initial] = useState(() => contactToValues(contact))
  const saved = (name: string) => {
    notifications.show({ color: 'green', message: contact ? `${name} was saved` : `${name} was added` })
    onClose()
  }
  const resolve = useContactConflict(customerId, contact?.id ?? '', () => saved(contact?.name ?? 'The contact'))
  const form = useForm({
    initialValues: initial,
    validate: { name: (v) => (v.trim() ? null : 'Name is required') },
  })

  const close = () => onClose()

  const submit = form.onSubmit(async (v) => {
    setError(null)
    setConflict(null)
    const body: ContactCreate = contactComparable(v)
    try {
      if (contact) {
        const changed = changedValues(contactComparable(initial), body)
        if (Object.keys(changed).length) await update.mutateAsync({ contactId: contact.id, etag: ifMatch(contact.version), body: changed as ContactUpdate })
      } else await intent.send(body, (key) => add.mutateAsync({ body, key }))
      saved(body.name)
    } catch (e) {
      const found = conflictOf(e, contact ? resolve : undefined, initial, v)
      if (found) return setConflict(found)
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(form.getValues())))
    }
  })

  return (
    <Modal opened onClose={close} title={contact ? `Edit ${contact.name}` : 'Add contact'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Title" {...form.getInputProps('title')} />
            <TextInput label="Email" type="email" {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
            <Select
              label="Preferred channel"
              data={CONTACT_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
              allowDeselect={false}
              {...form.getInputProps('preferred_channel')}
            />
          </SimpleGrid>
          <Group>
            <Checkbox label="Primary contact" {...form.getInputProps('is_primary', { type: 'checkbox' })} />
            <Checkbox label="Email consent" {...form.getInputProps('email_opt_in', { type: 'checkbox' })} />
            <Checkbox label="SMS consent" {...form.getInputProps('sms_opt_in', { type: 'checkbox' })} />
          </Group>
          {conflict ? <ConflictResolver setup={resolve} conflict={conflict} onStartOver={close} /> : <ApiErrorAlert error={error} messages={messages} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant={conflict ? 'default' : 'filled'} loading={add.isPending || update.isPending}>
              {contact ? 'Save contact' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
