import { Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
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

  const saving = useFormSubmit({
    form,
    conflict: contact ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body: ContactCreate = contactComparable(v)
      if (contact) {
        const changed = changedValues(contactComparable(initial), body)
        if (Object.keys(changed).length) await update.mutateAsync({ contactId: contact.id, etag: ifMatch(contact.version), body: changed as ContactUpdate })
      } else await intent.send(body, (key) => add.mutateAsync({ body, key }))
      saved(body.name)
    },
  })

  return (
    <Modal opened onClose={close} title={contact ? `Edit ${contact.name}` : 'Add contact'} size="lg">
      <form onSubmit={saving.submit} noValidate>
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
          <FormFooter saving={saving} resolve={resolve} onStartOver={close} onCancel={close} submitLabel={contact ? 'Save contact' : 'Add contact'} loading={add.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
