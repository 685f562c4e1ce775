import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import type { Delivery } from '../api/deliveries'
import { packErrors, toPackBody, type PackValues } from './delivery-rules'
import { useDeliveryStepForm } from './use-delivery-step'

interface PackFormProps {
  delivery: Delivery
  etag: string
  onReload: () => void
  /** Packing again corrects the count and weight of a packed delivery. */
  correcting?: boolean
  onDone?: () => void
  onCancel?: () => void
}

/** picking -> packed: how many packages and what they weigh (kg). */
export function PackForm({ delivery, etag, onReload, correcting, onDone, onCancel }: PackFormProps) {
  const form = useForm<PackValues>({
    initialValues: { packages_count: delivery.packages_count ? String(delivery.packages_count) : '', gross_weight_kg: delivery.gross_weight_kg ?? '' },
    validate: packErrors,
  })
  const step = useDeliveryStepForm({
    delivery,
    etag,
    form,
    formId: 'delivery-pack-form',
    fields: ['packages_count', 'gross_weight_kg'],
    toStep: (v) => ({ step: 'pack', body: toPackBody(v) }),
    done: correcting ? 'packing corrected' : 'packed',
    onDone,
  })
  const label = correcting ? 'Save packing' : 'Mark packed'
  return (
    <form id="delivery-pack-form" onSubmit={step.submit} noValidate aria-label="Pack">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {correcting ? 'Correct the count or weight of the packages.' : 'When every line is picked, count the packages and weigh them.'}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="Packages" inputMode="numeric" required data-autofocus {...form.getInputProps('packages_count')} />
          <TextInput label="Gross weight (kg)" inputMode="decimal" required {...form.getInputProps('gross_weight_kg')} />
        </SimpleGrid>
        <FormFooter saving={step} onReload={onReload} onCancel={onCancel} cancelLabel="Back" submitLabel={label} loading={step.pending} />
      </Stack>
    </form>
  )
}
