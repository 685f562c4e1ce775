import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { useIntentKey } from '@/lib/api/intent-key'
import { applyApiErrors } from '@/lib/forms'
import type { Contact } from '../api/get-customer'
import { useAddContact, useUpdateContact, type ContactCreate } from '../api/save-contact'

const CHANNELS = ['phone', 'email', 'sms', 'whatsapp', 'visit'] as const
type Channel = (typeof CHANNELS)[number]

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
  const form = useForm({
    initialValues: {
      name: contact?.name ?? '',
      title: contact?.title ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      preferred_channel: (contact?.preferred_channel ?? 'phone') as Channel,
      email_opt_in: contact?.email_opt_in ?? false,
      sms_opt_in: contact?.sms_opt_in ?? false,
      is_primary: contact?.is_primary ?? false,
    },
    validate: { name: (v) => (v.trim() ? null : 'Name is required') },
  })

  const close = () => onClose()

  const submit = form.onSubmit(async (v) => {
    setError(null)
    const body: ContactCreate = {
      ...v,
      name: v.name.trim(),
      title: v.title.trim() || null,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
    }
    try {
      if (contact) await update.mutateAsync({ contactId: contact.id, version: contact.version, body })
      else await intent.send(body, (key) => add.mutateAsync({ body, key }))
      notifications.show({ color: 'green', message: contact ? `${body.name} was saved` : `${body.name} was added` })
      close()
    } catch (e) {
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
              data={CHANNELS.map((c) => ({ value: c, label: c === 'sms' ? 'SMS' : c[0]!.toUpperCase() + c.slice(1) }))}
              allowDeselect={false}
              {...form.getInputProps('preferred_channel')}
            />
          </SimpleGrid>
          <Group>
            <Checkbox label="Primary contact" {...form.getInputProps('is_primary', { type: 'checkbox' })} />
            <Checkbox label="Email consent" {...form.getInputProps('email_opt_in', { type: 'checkbox' })} />
            <Checkbox label="SMS consent" {...form.getInputProps('sms_opt_in', { type: 'checkbox' })} />
          </Group>
          <ApiErrorAlert error={error} messages={messages} onReload={close} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {contact ? 'Save contact' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
