import type { UseFormReturnType } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { useDeliveryStep, type Delivery, type DeliveryStep } from '../api/deliveries'

interface StepOptions<V> {
  delivery: Pick<Delivery, 'id' | 'number'>
  /** The ETag the page loaded the delivery with (If-Match). */
  etag: string
  form: UseFormReturnType<V>
  formId: string
  /** The body fields of the step: a server error naming one is shown at that field. */
  fields: readonly string[]
  toStep: (values: V) => DeliveryStep
  done: string
  onDone?: () => void
}

/**
 * Sends one step of a delivery from a form: its intent key (a retry replays), the ETag
 * (a delivery moved by someone else is a 412, offered to reload), and the server's
 * problems at the fields they name; the rest above the button.
 */
export function useDeliveryStepForm<V>({ delivery, etag, form, formId, fields, toStep, done, onDone }: StepOptions<V>) {
  const step = useDeliveryStep(delivery.id)
  const intent = useIntentKey()
  const saving = useFormSubmit({
    form,
    knownFields: fields,
    focusFormId: formId,
    onSubmit: async (values) => {
      const args = toStep(values)
      await intent.send({ delivery: delivery.id, etag, args }, (key) => step.mutateAsync({ args, etag, key }))
      notifications.show({ color: 'green', message: `${delivery.number}: ${done}` })
      onDone?.()
    },
  })
  return { ...saving, pending: step.isPending }
}
