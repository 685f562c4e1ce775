import { Badge } from '@mantine/core'
import type { DeliveryStatus } from '../api/deliveries'

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  picking: 'Picking',
  packed: 'Packed',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
}

const COLORS: Record<DeliveryStatus, string> = {
  picking: 'gray',
  packed: 'blue',
  shipped: 'orange',
  delivered: 'teal',
  cancelled: 'red',
}

export const DELIVERY_STATUS_OPTIONS = (Object.keys(DELIVERY_STATUS_LABELS) as DeliveryStatus[]).map((value) => ({
  value,
  label: DELIVERY_STATUS_LABELS[value],
}))

export function DeliveryStatusBadge({ status, size = 'sm' }: { status: DeliveryStatus; size?: 'xs' | 'sm' | 'lg' }) {
  return (
    <Badge size={size} variant="light" color={COLORS[status]}>
      {DELIVERY_STATUS_LABELS[status]}
    </Badge>
  )
}
