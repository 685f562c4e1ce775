import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '@/lib/format'
import type { QuoteSummary } from '../api/get-quotes'
import { QuoteStatusBadge } from './quote-status'

interface QuoteTableProps {
  quotes: QuoteSummary[]
  label?: string
  /** Show the owner column (with names from the people lookup). */
  ownerName?: (id: string) => string
  compact?: boolean
}

/** Quotes with their number, customer, status, total and validity; the number links to the quote. */
export function QuoteTable({ quotes, label = 'Quotes', ownerName, compact }: QuoteTableProps) {
  return (
    <Table.ScrollContainer minWidth={compact ? 360 : 760}>
      <Table aria-label={label} highlightOnHover verticalSpacing={compact ? 'xs' : 'sm'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            {compact ? null : <Table.Th>Customer</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Grand total</Table.Th>
            {compact ? null : <Table.Th>Valid until</Table.Th>}
            {ownerName && !compact ? <Table.Th>Owner</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((q) => (
            <Table.Tr key={q.id}>
              <Table.Td>
                <Anchor component={Link} to={`/quotes/${q.id}`} fw={600} size="sm">
                  {q.display_number}
                </Anchor>
              </Table.Td>
              {compact ? null : (
                <Table.Td>
                  <Text size="sm">{q.customer_name ?? '—'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <QuoteStatusBadge status={q.status} size="xs" />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(q.grand_total, q.currency)}
                </Text>
              </Table.Td>
              {compact ? null : <Table.Td>{formatDate(q.valid_until)}</Table.Td>}
              {ownerName && !compact ? <Table.Td>{ownerName(q.owner_id)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
