import { Badge, Table, Text } from '@mantine/core'
import { trimZeros as trim } from '@/lib/decimal'
import { formatMoney, formatPercent } from '@/lib/format'
import { storedPriceRule } from '@/components/lines/line-drafts'
import type { SalesOrderLine } from '../api/get-sales-orders'

/** What the warehouse holds for a line, and what it still waits for (a procurement request covers that). */
function StockCell({ line }: { line: SalesOrderLine }) {
  const reserved = Number(line.quantity_reserved)
  const waiting = Number(line.quantity_waiting)
  if (reserved === 0 && waiting === 0) return <>—</>
  return (
    <>
      {reserved > 0 ? <Text size="sm">{trim(line.quantity_reserved)} reserved</Text> : null}
      {waiting > 0 ? (
        <Badge size="sm" variant="light" color="orange">
          {trim(line.quantity_waiting)} waiting
        </Badge>
      ) : null}
    </>
  )
}

/**
 * The order's lines as the server priced them, with what is delivered and invoiced of
 * each and, once confirmed, the stock held for it and any shortfall waiting for stock.
 */
export function SalesOrderLinesTable({ lines, currency }: { lines: SalesOrderLine[]; currency: string }) {
  const sorted = [...lines].sort((a, b) => a.position - b.position)
  const holdsStock = lines.some((l) => Number(l.quantity_reserved) > 0 || Number(l.quantity_waiting) > 0)
  return (
    <Table.ScrollContainer minWidth={holdsStock ? 960 : 860}>
      <Table aria-label="Order lines" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Ordered</Table.Th>
            {holdsStock ? <Table.Th ta="right">Stock</Table.Th> : null}
            <Table.Th ta="right">Delivered</Table.Th>
            <Table.Th ta="right">Invoiced</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th ta="right">Discount</Table.Th>
            <Table.Th ta="right">Tax</Table.Th>
            <Table.Th ta="right">Line total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.position}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {l.description}
                </Text>
                <Text size="xs" c="dimmed">
                  {storedPriceRule(l.price_source)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {trim(l.quantity)} {l.unit}
              </Table.Td>
              {holdsStock ? (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <StockCell line={l} />
                </Table.Td>
              ) : null}
              <Table.Td ta="right">{trim(l.quantity_delivered)}</Table.Td>
              <Table.Td ta="right">{trim(l.quantity_invoiced)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(l.unit_price, currency)}
              </Table.Td>
              <Table.Td ta="right">
                {Number(l.discount_percent) > 0 ? (
                  <>
                    {formatPercent(trim(l.discount_percent))}
                    <Text size="xs" c="dimmed">
                      −{formatMoney(l.discount_amount, currency)}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(l.tax_amount, currency)}
                <Text size="xs" c="dimmed">
                  {l.tax_treatment === 'taxable' ? formatPercent(trim(l.tax_rate)) : l.tax_treatment.replace('_', '-')}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(l.line_total, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
