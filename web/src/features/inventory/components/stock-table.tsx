import { ActionIcon, Anchor, Badge, Table, Text, Tooltip } from '@mantine/core'
import { IconAdjustments } from '@tabler/icons-react'
import { Link } from 'react-router'
import { compareDecimals, trimZeros } from '@/lib/decimal'
import type { StockLevel } from '../api/inventory'

/** True when what is available has fallen to the product's reorder level or below. */
export function belowReorder(level: Pick<StockLevel, 'available' | 'reorder_level'>): boolean {
  return level.reorder_level !== null && compareDecimals(level.available, level.reorder_level) <= 0
}

interface StockTableProps {
  levels: StockLevel[]
  /** Offered to heads and admins: open the adjustment dialog on a row. */
  onAdjust?: (level: StockLevel) => void
  /** Hide the product column (a product's own page). */
  productColumn?: boolean
}

const qty = (v: string) => trimZeros(v)

/** Stock per product and warehouse: on hand, reserved for orders, available, on order and in transit. */
export function StockTable({ levels, onAdjust, productColumn = true }: StockTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Stock levels" highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {productColumn ? <Table.Th>Product</Table.Th> : null}
            <Table.Th>Warehouse</Table.Th>
            <Table.Th ta="right">On hand</Table.Th>
            <Table.Th ta="right">Reserved</Table.Th>
            <Table.Th ta="right">Available</Table.Th>
            <Table.Th ta="right">On order</Table.Th>
            <Table.Th ta="right">In transit</Table.Th>
            <Table.Th ta="right">Reorder at</Table.Th>
            {onAdjust ? <Table.Th w={48} /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((l) => {
            const low = belowReorder(l)
            return (
              <Table.Tr key={l.id}>
                {productColumn ? (
                  <Table.Td>
                    <Anchor component={Link} to={`/stock/products/${l.product_id}`} size="sm" fw={600}>
                      {l.product_sku}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {l.product_name}
                    </Text>
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {l.warehouse_code}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{qty(l.on_hand)}</Table.Td>
                <Table.Td ta="right" fw={Number(l.reserved) > 0 ? 600 : undefined}>
                  {qty(l.reserved)}
                </Table.Td>
                <Table.Td ta="right">
                  <Text span size="sm" fw={600} c={low ? 'orange.8' : undefined}>
                    {qty(l.available)}
                  </Text>
                  {low ? (
                    <Badge ml={6} size="xs" color="orange" variant="light">
                      Low
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{qty(l.on_order)}</Table.Td>
                <Table.Td ta="right">{qty(l.in_transit)}</Table.Td>
                <Table.Td ta="right">{l.reorder_level === null ? '—' : qty(l.reorder_level)}</Table.Td>
                {onAdjust ? (
                  <Table.Td>
                    <Tooltip label="Adjust">
                      <ActionIcon variant="subtle" aria-label={`Adjust ${l.product_sku} in ${l.warehouse_code}`} onClick={() => onAdjust(l)}>
                        <IconAdjustments size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
