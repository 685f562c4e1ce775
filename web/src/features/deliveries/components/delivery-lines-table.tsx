import { Badge, Table, Text } from '@mantine/core'
import { trimZeros } from '@/lib/decimal'
import type { DeliveryLine } from '../api/deliveries'

/** What the delivery carries: each order line and its quantity; services ride along and move no stock. */
export function DeliveryLinesTable({ lines }: { lines: DeliveryLine[] }) {
  return (
    <Table aria-label="Delivery lines" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>#</Table.Th>
          <Table.Th>Item</Table.Th>
          <Table.Th ta="right">Quantity</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...lines]
          .sort((a, b) => a.position - b.position)
          .map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.position}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {l.description}
                </Text>
                {l.is_goods ? null : (
                  <Badge size="xs" variant="light" color="grape">
                    Service, no stock
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {trimZeros(l.quantity)} {l.unit}
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  )
}
