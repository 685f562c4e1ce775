import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '@/lib/format'
import type { InvoiceSummary } from '../api/invoices'
import { InvoiceStatusBadge } from './invoice-status'

interface InvoiceTableProps {
  invoices: InvoiceSummary[]
  label?: string
  compact?: boolean
}

/** Invoices and credit notes with their number, customer, dates, total and what is still open. */
export function InvoiceTable({ invoices, label = 'Invoices', compact }: InvoiceTableProps) {
  return (
    <Table.ScrollContainer minWidth={compact ? 380 : 860}>
      <Table aria-label={label} highlightOnHover verticalSpacing={compact ? 'xs' : 'sm'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {compact ? null : <Table.Th>Customer</Table.Th>}
            <Table.Th>Status</Table.Th>
            {compact ? null : <Table.Th>Date</Table.Th>}
            <Table.Th>Due</Table.Th>
            {compact ? null : <Table.Th ta="right">Total</Table.Th>}
            <Table.Th ta="right">Open</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>
                <Anchor component={Link} to={`/invoices/${inv.id}`} fw={600} size="sm">
                  {inv.number ?? 'Draft'}
                </Anchor>
                {inv.kind === 'credit_note' ? (
                  <Text size="xs" c="dimmed">
                    Credit note
                  </Text>
                ) : null}
              </Table.Td>
              {compact ? null : (
                <Table.Td>
                  <Text size="sm">{inv.customer_name ?? '—'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <InvoiceStatusBadge invoice={inv} size="xs" />
              </Table.Td>
              {compact ? null : <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(inv.invoice_date)}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(inv.due_date)}</Table.Td>
              {compact ? null : (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(inv.grand_total, inv.currency)}
                </Table.Td>
              )}
              <Table.Td ta="right">
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {inv.kind === 'credit_note' ? '—' : formatMoney(inv.open_amount, inv.currency)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
