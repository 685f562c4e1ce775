import { Anchor, Button, Group, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { Link } from 'react-router'
import { ItemCard, CardsOrTable, usePhoneLayout } from '@/components/ui/item-card'
import { formatDate, formatDateTime, formatMoney } from '@/lib/format'
import type { ExpenseReportSummary } from '../api/expense-reports'
import { periodText } from './expense-labels'
import { OverLimitBadge } from './expense-report-table'
import { ExpenseReviewModal } from './expense-review-modal'

function Policy({ report }: { report: ExpenseReportSummary }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">{report.line_count === 1 ? '1 line' : `${report.line_count} lines`}</Text>
      {report.over_limit_count > 0 ? (
        <OverLimitBadge count={report.over_limit_count} />
      ) : (
        <Text size="xs" c="dimmed">
          within policy
        </Text>
      )}
    </Group>
  )
}

interface InboxItemProps {
  report: ExpenseReportSummary
  ownerName: string
  phone: boolean
  onReview: () => void
}

function InboxItem({ report, ownerName, phone, onReview }: InboxItemProps) {
  const link = (
    <Anchor component={Link} to={`/expenses/${report.id}`} fw={600} size="sm">
      {report.title}
    </Anchor>
  )
  const period = periodText(report.period_start, report.period_end, formatDate)
  const total = formatMoney(report.total, report.currency)
  const review = (
    <Button size="xs" onClick={onReview} aria-label={`Review ${report.title}`}>
      Review
    </Button>
  )
  if (phone) {
    return (
      <ItemCard title={link} subtitle={period} amount={total} meta={`${ownerName} · submitted ${formatDateTime(report.submitted_at)}`} actions={review} label={report.title}>
        <Policy report={report} />
      </ItemCard>
    )
  }
  return (
    <Table.Tr>
      <Table.Td>
        {link}
        <Text size="xs" c="dimmed">
          {period}
        </Text>
      </Table.Td>
      <Table.Td>{ownerName}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
        {total}
      </Table.Td>
      <Table.Td>
        <Policy report={report} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(report.submitted_at)}</Table.Td>
      <Table.Td ta="right">{review}</Table.Td>
    </Table.Tr>
  )
}

/** Submitted expense reports: who, how much, how many lines the policy flags; reviewed in place. */
export function ExpenseInboxTable({ reports, ownerName }: { reports: ExpenseReportSummary[]; ownerName: (id: string) => string }) {
  const phone = usePhoneLayout()
  // The open review lives above the layout, so turning a tablet (table <-> cards) keeps the verdicts given.
  const [reviewing, setReviewing] = useState<ExpenseReportSummary | null>(null)
  const items = reports.map((r) => <InboxItem key={r.id} report={r} ownerName={ownerName(r.owner_id)} phone={phone} onReview={() => setReviewing(r)} />)
  const dialog = reviewing ? <ExpenseReviewModal key={reviewing.id} reportId={reviewing.id} ownerName={ownerName(reviewing.owner_id)} onClose={() => setReviewing(null)} /> : null
  return (
    <CardsOrTable
      phone={phone}
      label="Expense reports waiting for approval"
      minWidth={760}
      items={items}
      dialog={dialog}
      headings={
        <>
          <Table.Th>Report</Table.Th>
          <Table.Th>Engineer</Table.Th>
          <Table.Th ta="right">Claimed</Table.Th>
          <Table.Th>Lines and policy</Table.Th>
          <Table.Th>Submitted</Table.Th>
          <Table.Th />
        </>
      }
    />
  )
}
