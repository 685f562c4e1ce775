import { Badge } from '@mantine/core'
import type { DeliveryStatus } from '../api/deliveries'

export const DELIVERY_STATUSES: { value: DeliveryStatus; label: string; color: string }[] = [
  { value: 'pending', label: 'Pending', color: 'blue' },
  { value: 'succeeded', label: 'Delivered', color: 'green' },
  { value: 'failed', label: 'Failed', color: 'red' },
]

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const s = DELIVERY_STATUSES.find((d) => d.value === status)
  return (
    <Badge variant="light" color={s?.color ?? 'gray'}>
      {s?.label ?? status}
    </Badge>
  )
}
