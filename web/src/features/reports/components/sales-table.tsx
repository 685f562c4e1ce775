import { Table } from '@mantine/core'
import { formatCount, formatDate, formatDayMonth, formatMoney, formatPercent } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import type { Interval, SalesRow } from '../api/sales-report'

/** "Nov 2026", "Oct–Dec 2026", "23 Nov – 29 Nov 2026", "30 Nov 2026". */
export function periodName(interval: Interval, start: string, end: string): string {
  if (interval === 'month') return periodLabel('month', start, end)
  if (interval === 'quarter') return periodLabel('quarter', start, end)
  if (interval === 'day') return formatDate(start)
  return `${formatDayMonth(new Date(`${start}T00:00:00`))} – ${formatDate(end)}`
}

/** The report's rows as the API answers them: one per period (and dimension key) and currency. */
export function SalesTable({ rows, interval, dimension }: { rows: SalesRow[]; interval: Interval; dimension: string | null }) {
  // Amounts are never added across currencies: with more than one, each row says its own.
  const currencies = new Set(rows.map((r) => r.currency)).size > 1
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Sales by period" fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Period</Table.Th>
            {dimension ? <Table.Th>{dimension}</Table.Th> : null}
            {currencies ? <Table.Th>Currency</Table.Th> : null}
            <Table.Th ta="right">Orders</Table.Th>
            <Table.Th ta="right">Order value</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Average deal</Table.Th>
            <Table.Th ta="right">Invoiced revenue</Table.Th>
            <Table.Th ta="right">Won</Table.Th>
            <Table.Th ta="right">Lost</Table.Th>
            <Table.Th ta="right">Win rate</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.period_start}-${r.key ?? ''}-${r.currency}`}>
              <Table.Td>{periodName(interval, r.period_start, r.period_end)}</Table.Td>
              {dimension ? <Table.Td>{r.label ?? '—'}</Table.Td> : null}
              {currencies ? <Table.Td>{r.currency}</Table.Td> : null}
              <Table.Td ta="right">{formatCount(r.orders)}</Table.Td>
              <Table.Td ta="right">{formatMoney(r.order_value, r.currency)}</Table.Td>
              <Table.Td ta="right">{r.quantity}</Table.Td>
              <Table.Td ta="right">{formatMoney(r.average_deal_size, r.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(r.invoiced_revenue, r.currency)}</Table.Td>
              <Table.Td ta="right">{formatCount(r.won)}</Table.Td>
              <Table.Td ta="right">{formatCount(r.lost)}</Table.Td>
              <Table.Td ta="right">{formatPercent(r.win_rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
