import { Alert, Checkbox, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconAlertTriangle } from '@tabler/icons-react'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { useEraseSubject, type Erasure, type Subject } from '../api/privacy'

interface EraseFormValues {
  reason: string
  understood: boolean
}

/** Confirms and erases a person: the reason is required and kept with the erasure record. */
export function EraseModal({ subject, onClose, onErased }: { subject: Subject; onClose: () => void; onErased: (erasure: Erasure) => void }) {
  const erase = useEraseSubject()
  const intent = useIntentKey()
  const form = useForm<EraseFormValues>({
    initialValues: { reason: '', understood: false },
    validate: {
      reason: (v) => (v.trim() ? null : 'Say why: the request’s reference, the legal ground'),
      understood: (v) => (v ? null : 'Confirm that this cannot be undone'),
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'erase-form',
    knownFields: ['reason'],
    onSubmit: async (v) => {
      const body = { kind: subject.kind, subject_id: subject.id, reason: v.reason.trim() }
      onErased(await intent.send(body, (key) => erase.mutateAsync({ body, key })))
    },
  })
  return (
    <Modal opened onClose={onClose} title={`Erase ${subject.name}?`} size="lg">
      <form id="erase-form" onSubmit={saving.submit} noValidate>
        <Stack>
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="This cannot be undone">
            <Text size="sm">
              The {subject.kind === 'contact' ? 'contact' : 'lead'}’s name, e-mail and phone are replaced by “[erased]” everywhere they were kept or copied: activities,
              deals, quotes, orders, invoices, visit reports, the audit log and the event stream; the same person’s other record (the contact a lead became) is erased
              with it. Documents keep their numbers, lines and totals. Export their data first if they asked for a copy.
            </Text>
          </Alert>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            maxLength={1000}
            placeholder="Erasure request by e-mail, ticket 4711"
            description="Kept with the erasure record (any mention of the person in it is erased too)"
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Checkbox label={`I understand that ${subject.name}’s personal data will be erased for good`} {...form.getInputProps('understood', { type: 'checkbox' })} />
          <FormFooter saving={saving} onCancel={onClose} cancelLabel="Keep the data" submitLabel="Erase for good" submitColor="red" loading={erase.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
