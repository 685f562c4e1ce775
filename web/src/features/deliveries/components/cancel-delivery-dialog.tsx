import { Modal, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import type { Delivery } from '../api/deliveries'
import { useDeliveryStepForm } from './use-delivery-step'

interface CancelDeliveryDialogProps {
  delivery: Delivery
  etag: string
  onReload: () => void
  onClose: () => void
}

/** picking | packed -> cancelled, with a reason: nothing left the warehouse, its quantities may be delivered again. */
export function CancelDeliveryDialog({ delivery, etag, onReload, onClose }: CancelDeliveryDialogProps) {
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (!v.trim() ? 'Say why' : v.trim().length > 1000 ? 'At most 1,000 characters' : null) },
  })
  const step = useDeliveryStepForm({
    delivery,
    etag,
    form,
    formId: 'delivery-cancel-form',
    fields: ['reason'],
    toStep: (v) => ({ step: 'cancel', body: { reason: v.reason.trim() } }),
    done: 'cancelled',
    onDone: onClose,
  })
  return (
    <Modal opened onClose={onClose} title={`Cancel ${delivery.number}`}>
      <form id="delivery-cancel-form" onSubmit={step.submit} noValidate aria-label="Cancel delivery">
        <Stack>
          <Text size="sm">Nothing has left the warehouse yet: the order keeps its stock, and its quantities may go on another delivery.</Text>
          <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <FormFooter saving={step} onReload={onReload} onCancel={onClose} cancelLabel="Keep it" submitLabel="Cancel delivery" submitColor="red" loading={step.pending} />
        </Stack>
      </form>
    </Modal>
  )
}
