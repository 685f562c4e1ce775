import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import { DATE_INPUT_FORMAT, toIsoDate } from '@/lib/format'
import type { Delivery } from '../api/deliveries'
import { deliverErrors, toDeliverBody, type DeliverValues } from './delivery-rules'
import { useDeliveryStepForm } from './use-delivery-step'

interface DeliverFormProps {
  delivery: Delivery
  etag: string
  onReload: () => void
  onDone?: () => void
  /** Today as YYYY-MM-DD (a test fixes it). */
  today?: string
}

/** shipped -> delivered: the date it arrived and who signed for it; the order's delivered quantities grow. */
export function DeliverForm({ delivery, etag, onReload, onDone, today = toIsoDate(new Date()) }: DeliverFormProps) {
  const form = useForm<DeliverValues>({ initialValues: { delivered_on: today, received_by: '' }, validate: (v) => deliverErrors(v, today) })
  const step = useDeliveryStepForm({
    delivery,
    etag,
    form,
    formId: 'delivery-deliver-form',
    fields: ['delivered_on', 'received_by'],
    toStep: (v) => ({ step: 'deliver', body: toDeliverBody(v) }),
    done: 'delivered',
    onDone,
  })
  return (
    <form id="delivery-deliver-form" onSubmit={step.submit} noValidate aria-label="Deliver">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Record the delivery when the customer has signed for it: the order counts these quantities as delivered.
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateInput label="Delivered on" valueFormat={DATE_INPUT_FORMAT} maxDate={today} required {...form.getInputProps('delivered_on')} />
          <TextInput label="Received by" required placeholder="Name of who signed" {...form.getInputProps('received_by')} />
        </SimpleGrid>
        <FormFooter saving={step} onReload={onReload} submitLabel="Mark delivered" loading={step.pending} />
      </Stack>
    </form>
  )
}
