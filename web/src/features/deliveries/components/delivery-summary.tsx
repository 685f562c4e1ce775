import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDateTime } from '@/lib/format'
import type { Delivery } from '../api/deliveries'

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

/** The delivery's order, customer, warehouse, address and notes. */
export function DeliverySummary({ delivery, warehouse, ownerName }: { delivery: Delivery; warehouse: string; ownerName: string }) {
  return (
    <Card>
      <Title order={4} mb="md">
        Details
      </Title>
      <SimpleGrid cols={2} spacing="md">
        <Item label="Order">
          <Anchor component={Link} to={`/sales-orders/${delivery.sales_order_id}`}>
            {delivery.sales_order_number}
          </Anchor>
        </Item>
        <Item label="Customer">
          {delivery.customer_name ? (
            <Anchor component={Link} to={`/customers/${delivery.customer_id}`}>
              {delivery.customer_name}
            </Anchor>
          ) : (
            '—'
          )}
        </Item>
        <Item label="From warehouse">{warehouse}</Item>
        <Item label="Owner">{ownerName}</Item>
        <Item label="Created">{formatDateTime(delivery.created_at)}</Item>
        {delivery.delivered_at ? <Item label="Recorded delivered">{formatDateTime(delivery.delivered_at)}</Item> : null}
        {delivery.cancelled_at ? <Item label="Cancelled">{formatDateTime(delivery.cancelled_at)}</Item> : null}
      </SimpleGrid>
      <SimpleGrid cols={1} spacing="md" mt="md">
        <Item label="Delivery address">{delivery.delivery_address ?? '—'}</Item>
        {delivery.notes ? <Item label="Notes">{delivery.notes}</Item> : null}
      </SimpleGrid>
    </Card>
  )
}
