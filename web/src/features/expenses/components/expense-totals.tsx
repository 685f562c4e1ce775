import { Card, Divider, Group, Stack, Text, Title } from '@mantine/core'
import { formatMoney } from '@/lib/format'
import type { ExpenseReportDetail } from '../api/expense-reports'
import { EXPENSE_CATEGORY_LABELS } from './expense-labels'

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 600 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Group>
  )
}

/** The report's totals per category, its total, and the total not rejected once decided (the server's sums). */
export function ExpenseTotals({ report }: { report: ExpenseReportDetail }) {
  const decided = report.status === 'approved' || report.status === 'reimbursed' || report.status === 'rejected'
  return (
    <Card>
      <Title order={4} mb="sm">
        Totals
      </Title>
      <Stack gap={6}>
        {report.totals_by_category.map((t) => (
          <Row key={t.category} label={EXPENSE_CATEGORY_LABELS[t.category]} value={formatMoney(t.amount, report.currency)} />
        ))}
        <Divider my={4} />
        <Row label="Claimed" value={formatMoney(report.total, report.currency)} strong testId="expense-total" />
        {decided ? <Row label="Approved" value={formatMoney(report.approved_total, report.currency)} strong testId="expense-approved-total" /> : null}
      </Stack>
    </Card>
  )
}
