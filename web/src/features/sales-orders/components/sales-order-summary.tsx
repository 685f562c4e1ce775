import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDate, formatDateTime, humanize } from '@/lib/format'
import type { SalesOrder } from '../api/get-sales-orders'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  )
}

/** The order's header: customer, their PO, terms, delivery address and the status dates. */
export function SalesOrderSummary({ order, ownerName }: { order: SalesOrder; ownerName: string }) {
  return (
    <Card>
      <Title order={4} mb="md">
        Details
      </Title>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
        <Item label="Customer">
          <Anchor component={Link} to={`/customers/${order.customer_id}`}>
            {order.customer_name ?? 'Customer'}
          </Anchor>
        </Item>
        <Item label="Customer PO">{order.customer_po_number ?? '—'}</Item>
        <Item label="PO date">{formatDate(order.customer_po_date)}</Item>
        <Item label="Order date">{formatDate(order.order_date)}</Item>
        <Item label="Payment terms">{order.payment_terms_days === 0 ? 'Immediate' : `${order.payment_terms_days} days`}</Item>
        <Item label="Delivery terms">{order.delivery_terms ?? '—'}</Item>
        <Item label="Owner">{ownerName}</Item>
        {order.external_id ? <Item label="ERP id">{order.external_id}</Item> : null}
        <Item label="From quote">
          {order.quote_id ? (
            <Anchor component={Link} to={`/quotes/${order.quote_id}`}>
              Open quote
            </Anchor>
          ) : (
            'Direct order'
          )}
        </Item>
        <Item label="Deal">
          {order.opportunity_id ? (
            <Anchor component={Link} to={`/opportunities/${order.opportunity_id}`}>
              Open deal
            </Anchor>
          ) : (
            '—'
          )}
        </Item>
        <Item label="Supply">{order.place_of_supply ? `${humanize(order.supply)} (${order.place_of_supply})` : humanize(order.supply)}</Item>
        {order.confirmed_at ? <Item label="Confirmed">{formatDateTime(order.confirmed_at)}</Item> : null}
        {order.delivered_at ? <Item label="Delivered">{formatDateTime(order.delivered_at)}</Item> : null}
        {order.closed_at ? <Item label="Closed">{formatDateTime(order.closed_at)}</Item> : null}
        {order.cancelled_at ? <Item label="Cancelled">{formatDateTime(order.cancelled_at)}</Item> : null}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
        <Item label="Delivery address">{order.delivery_address ?? '—'}</Item>
        {order.terms ? <Item label="Terms">{order.terms}</Item> : null}
      </SimpleGrid>
      {order.cancellation_reason ? (
        <Text size="sm" mt="md">
          <b>Cancellation reason:</b> {order.cancellation_reason}
        </Text>
      ) : null}
    </Card>
  )
}
