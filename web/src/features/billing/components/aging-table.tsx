import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatMoney } from '@/lib/format'
import type { AgingRow, AgingTotal } from '../api/receivables'
import { AGING_BUCKETS } from './aging-buckets'

const cell = (amount: string, currency: string, strong = false) => (
  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
    <Text size="sm" fw={strong ? 700 : undefined} c={Number(amount) === 0 ? 'dimmed' : undefined}>
      {formatMoney(amount, currency)}
    </Text>
  </Table.Td>
)

/** One row per customer and currency; the footer has one total row per currency. */
export function AgingTable({ rows, totals, showCustomer = true }: { rows: AgingRow[]; totals: AgingTotal[]; showCustomer?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={showCustomer ? 1080 : 640}>
      <Table aria-label="Receivables aging" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {showCustomer ? <Table.Th>Customer</Table.Th> : <Table.Th>Currency</Table.Th>}
            {AGING_BUCKETS.map((b) => (
              <Table.Th key={b.key} ta="right">
                {b.label}
              </Table.Th>
            ))}
            <Table.Th ta="right">Total open</Table.Th>
            <Table.Th ta="right">Credit</Table.Th>
            <Table.Th ta="right">Net</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.customer_id}-${r.currency}`}>
              <Table.Td miw={200}>
                {showCustomer ? (
                  <Anchor component={Link} to={`/customers/${r.customer_id}`} size="sm" fw={600}>
                    {r.customer_name ?? 'Customer'}
                  </Anchor>
                ) : (
                  <Text size="sm">{r.currency}</Text>
                )}
              </Table.Td>
              {AGING_BUCKETS.map((b) => (
                <Table.Td key={b.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={Number(r[b.key]) === 0 ? 'dimmed' : b.key === 'over_90' || b.key === 'days_61_90' ? 'red' : undefined}>
                    {formatMoney(r[b.key], r.currency)}
                  </Text>
                </Table.Td>
              ))}
              {cell(r.total_open, r.currency, true)}
              {cell(r.unallocated_credit, r.currency)}
              {cell(r.net_balance, r.currency, true)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {showCustomer && totals.length > 0 ? (
          <Table.Tfoot>
            {totals.map((t) => (
              <Table.Tr key={t.currency} aria-label={`Total ${t.currency}`}>
                <Table.Th>Total {t.currency}</Table.Th>
                {AGING_BUCKETS.map((b) => (
                  <Table.Th key={b.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(t[b.key], t.currency)}
                  </Table.Th>
                ))}
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(t.total_open, t.currency)}
                </Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(t.unallocated_credit, t.currency)}
                </Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(t.net_balance, t.currency)}
                </Table.Th>
              </Table.Tr>
            ))}
          </Table.Tfoot>
        ) : null}
      </Table>
    </Table.ScrollContainer>
  )
}
