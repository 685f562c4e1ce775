import { Anchor, Badge, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate } from '@/lib/format'
import { useCustomerName } from '@/lib/lookups/customers'
import type { PriceList } from '../api/price-lists'

/** Whom a price list applies to, in words. */
export function PriceListScope({ priceList }: { priceList: PriceList }) {
  const customer = useCustomerName(priceList.scope === 'customer' ? priceList.customer_id : null)
  if (priceList.scope === 'segment') return <>Segment {priceList.segment}</>
  if (priceList.scope === 'customer') return <>Customer {customer.data ?? '…'}</>
  return <>Everyone (default)</>
}

export function PriceListTable({ priceLists }: { priceLists: PriceList[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Price lists" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Applies to</Table.Th>
            <Table.Th>Currency</Table.Th>
            <Table.Th>Valid</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {priceLists.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/price-lists/${p.id}`} fw={600} size="sm">
                  {p.name}
                </Anchor>
                {p.is_active ? null : (
                  <Badge ml="xs" size="xs" color="gray">
                    Inactive
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <PriceListScope priceList={p} />
                </Text>
              </Table.Td>
              <Table.Td>{p.currency}</Table.Td>
              <Table.Td>
                {formatDate(p.valid_from)} – {p.valid_to ? formatDate(p.valid_to) : 'open-ended'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
