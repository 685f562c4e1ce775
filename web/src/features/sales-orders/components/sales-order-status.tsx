import { Badge } from '@mantine/core'
import type { SalesOrderStatus } from '../api/get-sales-orders'

export const SALES_ORDER_STATUS_LABELS: Record<SalesOrderStatus, string> = {
  draft: 'Draft',
  credit_hold: 'Credit hold',
  confirmed: 'Confirmed',
  partially_delivered: 'Partly delivered',
  delivered: 'Delivered',
  closed: 'Closed',
  cancelled: 'Cancelled',
}

const COLORS: Record<SalesOrderStatus, string> = {
  draft: 'gray',
  credit_hold: 'yellow',
  confirmed: 'blue',
  partially_delivered: 'orange',
  delivered: 'teal',
  closed: 'green',
  cancelled: 'red',
}

export const SALES_ORDER_STATUS_OPTIONS = (Object.keys(SALES_ORDER_STATUS_LABELS) as SalesOrderStatus[]).map((value) => ({
  value,
  label: SALES_ORDER_STATUS_LABELS[value],
}))

export function SalesOrderStatusBadge({ status, size = 'sm' }: { status: SalesOrderStatus; size?: 'xs' | 'sm' | 'lg' }) {
  return (
    <Badge size={size} variant="light" color={COLORS[status]}>
      {SALES_ORDER_STATUS_LABELS[status]}
    </Badge>
  )
}
