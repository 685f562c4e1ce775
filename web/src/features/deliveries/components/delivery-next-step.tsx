import { Alert, Button, Card, Group, Text, Title } from '@mantine/core'
import { IconBan, IconCircleCheck, IconPackage } from '@tabler/icons-react'
import { useState } from 'react'
import { formatDateTime } from '@/lib/format'
import type { Delivery } from '../api/deliveries'
import { DeliverForm } from './deliver-form'
import { deliveryActions } from './delivery-rules'
import { PackForm } from './pack-form'
import { ShipForm } from './ship-form'

interface DeliveryNextStepProps {
  delivery: Delivery
  etag: string
  canWrite: boolean
  onReload: () => void
}

const TITLES = { pack: 'Pack', ship: 'Ship', deliver: 'Deliver' } as const

/** The one thing to do next on the delivery, as a form; a finished or cancelled delivery says so. */
export function DeliveryNextStep({ delivery, etag, canWrite, onReload }: DeliveryNextStepProps) {
  const [correcting, setCorrecting] = useState(false)
  if (delivery.status === 'cancelled') {
    return (
      <Alert color="red" icon={<IconBan size={18} />} title="Cancelled">
        {delivery.cancel_reason ?? 'This delivery was cancelled.'} Its quantities are free for another delivery of the order.
      </Alert>
    )
  }
  if (delivery.status === 'delivered') {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Delivered">
        Received by {delivery.received_by ?? '—'}; recorded {formatDateTime(delivery.delivered_at)}. The order counts these quantities as delivered.
      </Alert>
    )
  }
  const allowed = deliveryActions(delivery, canWrite)
  const next = allowed.find((a): a is keyof typeof TITLES => a in TITLES)
  if (!next) {
    return (
      <Text size="sm" c="dimmed">
        Your role does not allow you to move this delivery on.
      </Text>
    )
  }
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{correcting ? 'Correct packing' : `Next: ${TITLES[next].toLowerCase()}`}</Title>
        {allowed.includes('repack') && !correcting ? (
          <Button size="compact-sm" variant="subtle" leftSection={<IconPackage size={14} />} onClick={() => setCorrecting(true)}>
            Correct packing
          </Button>
        ) : null}
      </Group>
      {correcting ? (
        <PackForm delivery={delivery} etag={etag} onReload={onReload} correcting onDone={() => setCorrecting(false)} onCancel={() => setCorrecting(false)} />
      ) : next === 'pack' ? (
        <PackForm delivery={delivery} etag={etag} onReload={onReload} />
      ) : next === 'ship' ? (
        <ShipForm delivery={delivery} etag={etag} onReload={onReload} />
      ) : (
        <DeliverForm delivery={delivery} etag={etag} onReload={onReload} />
      )}
    </Card>
  )
}
