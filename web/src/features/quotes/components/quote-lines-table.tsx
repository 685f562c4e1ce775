import { Badge, Table, Text } from '@mantine/core'
import { trimZeros as trim } from '@/lib/decimal'
import { formatMoney, formatPercent } from '@/lib/format'
import type { QuoteLine } from '../api/get-quote'
import { storedPriceRule } from '@/components/lines/line-drafts'

/** The quote's lines as the server priced them; optional lines not chosen are dimmed. */
export function QuoteLinesTable({ lines, currency }: { lines: QuoteLine[]; currency: string }) {
  const sorted = [...lines].sort((a, b) => a.position - b.position)
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Quote lines" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th ta="right">Discount</Table.Th>
            <Table.Th ta="right">Tax</Table.Th>
            <Table.Th ta="right">Line total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((l) => {
            const left = l.is_optional && !l.is_selected
            return (
              <Table.Tr key={l.id} c={left ? 'dimmed' : undefined}>
                <Table.Td>{l.position}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {l.description}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {storedPriceRule(l.price_source)}
                    {l.is_optional ? (
                      <Badge ml={6} size="xs" variant="light" color={l.is_selected ? 'green' : 'gray'}>
                        {l.is_selected ? 'Optional, chosen' : 'Optional'}
                      </Badge>
                    ) : null}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {trim(l.quantity)} {l.unit}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(l.unit_price, currency)}</Table.Td>
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
                <Table.Td ta="right">
                  {formatMoney(l.tax_amount, currency)}
                  <Text size="xs" c="dimmed">
                    {l.tax_treatment === 'taxable' ? formatPercent(trim(l.tax_rate)) : l.tax_treatment.replace('_', '-')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(l.line_total, currency)}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
