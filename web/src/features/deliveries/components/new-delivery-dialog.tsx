import { Alert, Group, Modal, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMediaQuery } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { useCreateDelivery, type DeliverableOrder, type Delivery } from '../api/deliveries'
import { beyondReservation, errorsToRows, planLines, quantityError, toDeliveryLines, type LinePlan } from './delivery-plan'

interface NewDeliveryDialogProps {
  order: DeliverableOrder
  /** The order's deliveries: open ones hold quantities and reserved stock. */
  deliveries: Delivery[]
  onClose: () => void
}

interface Values {
  quantities: string[]
  notes: string
}

const FORM_ID = 'new-delivery-form'

function facts(plan: LinePlan): string {
  const l = plan.line
  const parts = [`ordered ${Number(l.quantity)} ${l.unit}`, `delivered ${Number(l.quantity_delivered)}`]
  if (plan.onDeliveries !== '0') parts.push(`on deliveries ${plan.onDeliveries}`)
  if (plan.holdsStock) {
    parts.push(`reserved ${plan.reservedFree}`)
    if (Number(l.quantity_waiting) > 0) parts.push(`waiting for stock ${Number(l.quantity_waiting)}`)
  }
  return parts.join(' · ')
}

/**
 * A delivery of some or all of what the order still owes, line by line. Each line
 * proposes the part the warehouse holds for it; 0 leaves a line out. The server checks
 * the quantities again under the order's lock and names a refused line, shown at its row.
 */
export function NewDeliveryDialog({ order, deliveries, onClose }: NewDeliveryDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)')
  const navigate = useNavigate()
  const create = useCreateDelivery()
  const intent = useIntentKey()
  const plans = useMemo(() => planLines(order, deliveries), [order, deliveries])
  const form = useForm<Values>({
    initialValues: { quantities: plans.map((p) => p.proposed), notes: '' },
    validate: (v) => {
      const errors: Record<string, string> = {}
      v.quantities.forEach((q, row) => {
        const message = plans[row] ? quantityError(q, plans[row]) : null
        if (message) errors[`quantities.${row}`] = message
      })
      if (Object.keys(errors).length === 0 && toDeliveryLines(plans, v.quantities).lines.length === 0) errors.lines = 'Enter a quantity on at least one line'
      return errors
    },
  })
  const values = form.getValues()

  const saving = useFormSubmit({
    form,
    focusFormId: FORM_ID,
    onSubmit: async (v) => {
      const { lines } = toDeliveryLines(plans, v.quantities)
      const body = { sales_order_id: order.id, lines, notes: v.notes.trim() || null }
      const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
      notifications.show({ color: 'green', message: `Delivery ${saved.data.number} created` })
      onClose()
      navigate(`/deliveries/${saved.data.id}`)
    },
    placeErrors: (e, v) => {
      const { atRows, elsewhere } = errorsToRows(e.fieldErrors(), toDeliveryLines(plans, v.quantities).rows)
      return { fields: atRows, messages: [...e.generalMessages(), ...elsewhere] }
    },
  })

  return (
    <Modal opened onClose={onClose} title={`New delivery for ${order.number}`} size="lg" fullScreen={phone}>
      <form id={FORM_ID} onSubmit={saving.submit} noValidate aria-label="New delivery">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Each line proposes what the warehouse holds for it and is still to deliver. A part is fine; 0 leaves the line for a later delivery.
          </Text>
          {plans.map((plan, row) => {
            const q = values.quantities[row] ?? ''
            const beyond = beyondReservation(q, plan) && !form.errors[`quantities.${row}`]
            return (
              <Paper key={plan.line.id} withBorder p="sm" role="group" aria-label={`Line ${plan.line.position}: ${plan.line.description}`}>
                <Group justify="space-between" align="flex-start" wrap={phone ? 'wrap' : 'nowrap'} gap="sm">
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {plan.line.position}. {plan.line.description}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {facts(plan)}
                    </Text>
                  </Stack>
                  <TextInput
                    label="To deliver"
                    inputMode="decimal"
                    w={phone ? '100%' : 150}
                    disabled={plan.owed === '0'}
                    description={plan.owed === '0' ? 'Nothing left' : `At most ${plan.owed}`}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    rightSection={
                      <Text size="xs" c="dimmed" pr={6}>
                        {plan.line.unit}
                      </Text>
                    }
                    rightSectionWidth={44}
                    {...form.getInputProps(`quantities.${row}`)}
                  />
                </Group>
                {beyond ? (
                  <Text size="xs" c="orange.8" mt={4}>
                    More than the {plan.reservedFree} reserved for this line: shipping takes the rest from free stock, or is refused if there is none.
                  </Text>
                ) : null}
              </Paper>
            )
          })}
          {form.errors.lines ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
              {form.errors.lines}
            </Alert>
          ) : null}
          <Textarea label="Notes" placeholder="For the warehouse or the carrier" autosize minRows={2} {...form.getInputProps('notes')} />
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Create delivery" loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
