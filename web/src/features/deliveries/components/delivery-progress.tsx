import { Card, Stepper } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { trimZeros } from '@/lib/decimal'
import { formatDate, formatDateTime } from '@/lib/format'
import type { Delivery } from '../api/deliveries'
import { DELIVERY_STEPS, stepsDone } from './delivery-rules'

type Step = (typeof DELIVERY_STEPS)[number]

const LABELS: Record<Step, { todo: string; done: string }> = {
  picking: { todo: 'Pick', done: 'Picked' },
  packed: { todo: 'Pack', done: 'Packed' },
  shipped: { todo: 'Ship', done: 'Shipped' },
  delivered: { todo: 'Deliver', done: 'Delivered' },
}

/** What each step recorded, once it is done. */
function recorded(step: Step, d: Delivery): string {
  switch (step) {
    case 'picking':
      return `From ${formatDateTime(d.created_at)}`
    case 'packed':
      return `${d.packages_count} ${d.packages_count === 1 ? 'package' : 'packages'}, ${trimZeros(d.gross_weight_kg ?? '0')} kg`
    case 'shipped':
      return [d.carrier, d.vehicle_number, d.tracking_number].filter(Boolean).join(' · ')
    case 'delivered':
      return `${formatDate(d.delivered_on)}, received by ${d.received_by ?? '—'}`
  }
}

/**
 * The delivery's way: pick -> pack -> ship -> deliver, each done step with what it
 * recorded and the step under way highlighted. A cancelled delivery stops, red, at the
 * step it did not reach.
 */
export function DeliveryProgress({ delivery }: { delivery: Delivery }) {
  const phone = useMediaQuery('(max-width: 48em)')
  const done = stepsDone(delivery)
  const cancelled = delivery.status === 'cancelled'
  return (
    <Card>
      <Stepper active={done} size="sm" iconSize={30} allowNextStepsSelect={false} orientation={phone ? 'vertical' : 'horizontal'} aria-label="Delivery steps">
        {DELIVERY_STEPS.map((step, i) => {
          const state = i < done ? 'done' : i === done ? (cancelled ? 'cancelled' : 'under way') : 'not reached'
          const description =
            state === 'done'
              ? recorded(step, delivery)
              : state === 'cancelled'
                ? `Cancelled ${formatDateTime(delivery.cancelled_at)}`
                : state === 'under way' && step === 'picking'
                  ? `Since ${formatDateTime(delivery.created_at)}`
                  : state === 'under way'
                    ? 'Next'
                    : 'Not yet'
          return (
            <Stepper.Step
              key={step}
              label={state === 'done' ? LABELS[step].done : LABELS[step].todo}
              description={description}
              aria-label={`${LABELS[step].todo}: ${state}`}
              color={state === 'cancelled' ? 'red' : undefined}
            />
          )
        })}
      </Stepper>
    </Card>
  )
}
