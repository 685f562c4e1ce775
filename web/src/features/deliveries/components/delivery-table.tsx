import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatDateTime } from '@/lib/format'
import type { Delivery } from '../api/deliveries'
import { DeliveryStatusBadge } from './delivery-status'

interface DeliveryTableProps {
  deliveries: Delivery[]
  label?: string
  /** On an order's page: no order or customer column. */
  compact?: boolean
}

/** Where each delivery is: picked, packed, on its way (carrier and tracking) or delivered (date, who signed). */
function progress(d: Delivery): string {
  switch (d.status) {
    case 'packed':
      return `${d.packages_count ?? '?'} ${d.packages_count === 1 ? 'package' : 'packages'}`
    case 'shipped':
      return [d.carrier, d.tracking_number ?? d.vehicle_number].filter(Boolean).join(' · ')
    case 'delivered':
      return `${formatDate(d.delivered_on)} · ${d.received_by ?? ''}`
    case 'cancelled':
      return d.cancel_reason ?? ''
    default:
      return `${d.lines.length} ${d.lines.length === 1 ? 'line' : 'lines'}`
  }
}

/** Deliveries with their number, order, customer, status and progress; the number links to the delivery. */
export function DeliveryTable({ deliveries, label = 'Deliveries', compact }: DeliveryTableProps) {
  return (
    <Table.ScrollContainer minWidth={compact ? 420 : 900}>
      <Table aria-label={label} highlightOnHover verticalSpacing={compact ? 'xs' : 'sm'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {compact ? null : <Table.Th>Order</Table.Th>}
            {compact ? null : <Table.Th>Customer</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Progress</Table.Th>
            {compact ? null : <Table.Th>Created</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/deliveries/${d.id}`} fw={600} size="sm">
                  {d.number}
                </Anchor>
              </Table.Td>
              {compact ? null : (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/sales-orders/${d.sales_order_id}`} size="sm">
                    {d.sales_order_number}
                  </Anchor>
                </Table.Td>
              )}
              {compact ? null : (
                <Table.Td>
                  <Text size="sm">{d.customer_name ?? '—'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <DeliveryStatusBadge status={d.status} size="xs" />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {progress(d)}
                </Text>
              </Table.Td>
              {compact ? null : <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.created_at)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
