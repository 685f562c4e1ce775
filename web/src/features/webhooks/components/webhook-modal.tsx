import { Button, Group, Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { SecretOnce } from '@/components/ui/secret-once'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useFormSubmit } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import { useCreateWebhook, useUpdateWebhook, useWebhookEventTypes, type Webhook, type WebhookSecret, type WebhookUpdate } from '../api/webhooks'
import { EventTypePicker } from './event-type-picker'
import { useWebhookConflict, webhookComparable, webhookToValues, type WebhookFormValues } from './webhook-conflict'

interface WebhookModalProps {
  /** The webhook to edit, with the ETag it was read with; undefined creates one. */
  edit?: { webhook: Webhook; etag: string }
  onClose: () => void
  /** After a create, once the secret was shown and the dialog is closed. */
  onCreated?: (webhook: WebhookSecret) => void
}

/** Makes a webhook (then shows its signing secret once) or edits one with If-Match. */
export function WebhookModal({ edit, onClose, onCreated }: WebhookModalProps) {
  const [issued, setIssued] = useState<WebhookSecret | null>(null)
  const done = () => (issued && onCreated ? onCreated(issued) : onClose())
  return (
    <Modal
      opened
      onClose={issued ? done : onClose}
      title={issued ? 'Webhook created: its signing secret' : edit ? 'Edit webhook' : 'New webhook'}
      size="xl"
      closeOnClickOutside={!issued}
      closeOnEscape={!issued}
      withCloseButton={!issued}
    >
      {issued ? (
        <SecretOnce
          kept="It is kept sealed, for signing only, and never shown again."
          values={[
            {
              label: 'Signing secret',
              value: issued.secret,
              description: 'The receiver verifies each delivery’s webhook-signature header with it (Standard Webhooks).',
            },
          ]}
        >
          <Group justify="flex-end">
            <Button onClick={done}>I have stored the secret</Button>
          </Group>
        </SecretOnce>
      ) : (
        <WebhookForm edit={edit} onCancel={onClose} onCreated={setIssued} />
      )}
    </Modal>
  )
}

function WebhookForm({ edit, onCancel, onCreated }: { edit?: WebhookModalProps['edit']; onCancel: () => void; onCreated: (w: WebhookSecret) => void }) {
  const types = useWebhookEventTypes()
  const create = useCreateWebhook()
  const update = useUpdateWebhook()
  const [initial] = useState(() => webhookToValues(edit?.webhook))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Webhook saved' })
    onCancel()
  }
  const resolve = useWebhookConflict(edit?.webhook.id ?? '', saved)
  // The event types the picker draws: kept in state, as the form is uncontrolled.
  const [eventTypes, setEventTypes] = useState(initial.event_types)
  const form = useForm<WebhookFormValues>({
    // Uncontrolled: typing the URL does not redraw the event type picker.
    mode: 'uncontrolled',
    initialValues: initial,
    onValuesChange: (v) => setEventTypes(v.event_types),
    validate: {
      url: (v) => (/^https?:\/\/\S+$/i.test(v.trim()) ? null : 'Enter an http or https URL'),
      event_types: (v) => (v.length ? null : 'Choose at least one event type'),
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'webhook-form',
    conflict: edit ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = webhookComparable(v)
      if (!edit) return onCreated(await create.mutateAsync(body))
      const changes = changedValues(webhookComparable(initial), body)
      if (Object.keys(changes).length) await update.mutateAsync({ webhookId: edit.webhook.id, etag: edit.etag, update: changes as WebhookUpdate })
      saved()
    },
  })
  const typesError = form.errors.event_types ?? Object.entries(form.errors).find(([k]) => k.startsWith('event_types.'))?.[1]
  return (
    <form id="webhook-form" onSubmit={saving.submit} noValidate>
      <Stack>
        <TextInput
          label="URL"
          required
          placeholder="https://erp.example.com/hooks/sales"
          description="Where each event is POSTed; it must reach a public address"
          data-autofocus
          key={form.key('url')}
          {...form.getInputProps('url')}
        />
        <Textarea label="Description" placeholder="SAP: orders and invoices" autosize minRows={1} maxLength={300} key={form.key('description')} {...form.getInputProps('description')} />
        {types.isPending ? (
          <LoadingState label="Loading event types…" />
        ) : types.isError ? (
          <ErrorState error={types.error} onRetry={() => void types.refetch()} />
        ) : (
          <EventTypePicker types={types.data} value={eventTypes} onChange={(v) => form.setFieldValue('event_types', v)} error={typesError} />
        )}
        <Switch
          label="Deliver events"
          description={edit ? 'Off pauses deliveries (they wait, nothing is lost); on resumes them and clears a disabling after failures' : 'Off: events wait until it is enabled'}
          key={form.key('is_enabled')}
          {...form.getInputProps('is_enabled', { type: 'checkbox' })}
        />
        <FormFooter
          saving={saving}
          resolve={resolve}
          onStartOver={onCancel}
          onCancel={onCancel}
          submitLabel={edit ? 'Save' : 'Create webhook'}
          loading={create.isPending || update.isPending}
        />
      </Stack>
    </form>
  )
}
