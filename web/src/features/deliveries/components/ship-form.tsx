import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import type { Delivery } from '../api/deliveries'
import { shipErrors, toShipBody, type ShipValues } from './delivery-rules'
import { useDeliveryStepForm } from './use-delivery-step'

interface ShipFormProps {
  delivery: Delivery
  etag: string
  onReload: () => void
  onDone?: () => void
}

/** packed -> shipped: the carrier, and the vehicle or tracking number to follow it by. */
export function ShipForm({ delivery, etag, onReload, onDone }: ShipFormProps) {
  const form = useForm<ShipValues>({ initialValues: { carrier: '', vehicle_number: '', tracking_number: '' }, validate: shipErrors })
  const step = useDeliveryStepForm({
    delivery,
    etag,
    form,
    formId: 'delivery-ship-form',
    fields: ['carrier', 'vehicle_number', 'tracking_number'],
    toStep: (v) => ({ step: 'ship', body: toShipBody(v) }),
    done: 'shipped',
    onDone,
  })
  return (
    <form id="delivery-ship-form" onSubmit={step.submit} noValidate aria-label="Ship">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Shipping takes the goods out of the warehouse (from what the order holds there) and counts them in transit until they are delivered.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="Carrier" required placeholder="Transporter or own vehicle" {...form.getInputProps('carrier')} />
          <TextInput label="Vehicle number" placeholder="KA-01-AB-1234" {...form.getInputProps('vehicle_number')} />
          <TextInput label="Tracking number" placeholder="LR or docket number" {...form.getInputProps('tracking_number')} />
        </SimpleGrid>
        <FormFooter saving={step} onReload={onReload} submitLabel="Mark shipped" loading={step.pending} />
      </Stack>
    </form>
  )
}
