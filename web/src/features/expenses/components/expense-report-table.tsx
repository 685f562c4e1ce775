import { Anchor, Badge, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '@/lib/format'
import type { ExpenseReportSummary } from '../api/expense-reports'
import { periodText } from './expense-labels'
import { ExpenseStatusBadge } from './expense-status'

/** Flagged lines of a report, as a badge; nothing when the report is within policy. */
export function OverLimitBadge({ count }: { count: number }) {
  if (count === 0) return null
  return (
    <Badge size="sm" color="red" variant="light">
      {count === 1 ? '1 line over the limit' : `${count} lines over the limit`}
    </Badge>
  )
}

export function ExpenseReportTable({ reports, ownerName }: { reports: ExpenseReportSummary[]; ownerName: (id: string) => string }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Expense reports" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Report</Table.Th>
            <Table.Th>Engineer</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Claimed</Table.Th>
            <Table.Th ta="right">Approved</Table.Th>
            <Table.Th>Lines</Table.Th>
            <Table.Th>Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => {
            const decided = r.status === 'approved' || r.status === 'reimbursed' || r.status === 'rejected'
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/expenses/${r.id}`} fw={600} size="sm">
                    {r.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {periodText(r.period_start, r.period_end, formatDate)}
                  </Text>
                </Table.Td>
                <Table.Td>{ownerName(r.owner_id)}</Table.Td>
                <Table.Td>
                  <ExpenseStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(r.total, r.currency)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {decided ? formatMoney(r.approved_total, r.currency) : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.line_count}</Text>
                  <OverLimitBadge count={r.over_limit_count} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.submitted_at)}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
