import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '@/lib/format'
import type { SalesOrderSummary } from '../api/get-sales-orders'
import { SalesOrderStatusBadge } from './sales-order-status'

interface SalesOrderTableProps {
  orders: SalesOrderSummary[]
  label?: string
  ownerName?: (id: string) => string
  compact?: boolean
}

/** Orders with their number, customer, PO, status and total; the number links to the order. */
export function SalesOrderTable({ orders, label = 'Sales orders', ownerName, compact }: SalesOrderTableProps) {
  return (
    <Table.ScrollContainer minWidth={compact ? 360 : 820}>
      <Table aria-label={label} highlightOnHover verticalSpacing={compact ? 'xs' : 'sm'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {compact ? null : <Table.Th>Customer</Table.Th>}
            {compact ? null : <Table.Th>Customer PO</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Grand total</Table.Th>
            {compact ? null : <Table.Th>Order date</Table.Th>}
            {ownerName && !compact ? <Table.Th>Owner</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`/sales-orders/${o.id}`} fw={600} size="sm">
                  {o.number}
                </Anchor>
              </Table.Td>
              {compact ? null : (
                <Table.Td>
                  <Text size="sm">{o.customer_name ?? '—'}</Text>
                </Table.Td>
              )}
              {compact ? null : <Table.Td>{o.customer_po_number ?? '—'}</Table.Td>}
              <Table.Td>
                <SalesOrderStatusBadge status={o.status} size="xs" />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(o.grand_total, o.currency)}
                </Text>
              </Table.Td>
              {compact ? null : <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.order_date)}</Table.Td>}
              {ownerName && !compact ? <Table.Td>{ownerName(o.owner_id)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
