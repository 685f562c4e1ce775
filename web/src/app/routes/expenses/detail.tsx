import { Alert, Anchor, Button, Card, Grid, Stack, Text, Title } from '@mantine/core'
import { IconCash, IconCheck, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useExpenseReport } from '@/features/expenses/api/expense-reports'
import { periodText } from '@/features/expenses/components/expense-labels'
import { ExpenseLinesTable } from '@/features/expenses/components/expense-lines-table'
import { ExpenseReviewPanel } from '@/features/expenses/components/expense-review-panel'
import { ExpenseStatusBadge } from '@/features/expenses/components/expense-status'
import { ExpenseTotals } from '@/features/expenses/components/expense-totals'
import { ReimburseModal } from '@/features/expenses/components/reimburse-modal'
import { useCan, useMe } from '@/lib/auth/session'
import { formatDate, formatDateTime } from '@/lib/format'
import { personName, usePeople } from '@/lib/lookups/users'

export function Component() {
  const { reportId = '' } = useParams()
  const query = useExpenseReport(reportId)
  const people = usePeople()
  const me = useMe()
  const canApprove = useCan('expenses:approve')
  const [reimbursing, setReimbursing] = useState(false)
  if (query.isPending) return <LoadingState label="Loading expense report…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const report = query.data
  // Nobody decides on their own report (the API refuses it too).
  const decides = canApprove && me.data?.id !== report.owner_id
  const reviewing = decides && report.status === 'submitted'
  const decidedBy = report.decided_by_id ? personName(people.data, report.decided_by_id) : null
  return (
    <>
      <PageHeader
        title={report.title}
        description={`${personName(people.data, report.owner_id)} · ${periodText(report.period_start, report.period_end, formatDate)}${report.submitted_at ? ` · submitted ${formatDateTime(report.submitted_at)}` : ''}`}
        badge={<ExpenseStatusBadge status={report.status} size="lg" />}
        actions={
          decides && report.status === 'approved' ? (
            <Button leftSection={<IconCash size={16} />} onClick={() => setReimbursing(true)}>
              Mark reimbursed
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {report.status === 'approved' || report.status === 'rejected' ? (
          <Alert
            color={report.status === 'approved' ? 'teal' : 'red'}
            icon={report.status === 'approved' ? <IconCheck size={18} /> : <IconX size={18} />}
            title={`${report.status === 'approved' ? 'Approved' : 'Rejected'}${decidedBy ? ` by ${decidedBy}` : ''}, ${formatDateTime(report.decided_at)}`}
          >
            {report.decision_comment ?? (report.status === 'approved' ? 'Waiting to be reimbursed.' : 'The engineer may correct it and submit it again.')}
          </Alert>
        ) : null}
        {report.status === 'reimbursed' ? (
          <Alert color="green" icon={<IconCash size={18} />} title={`Reimbursed on ${formatDate(report.reimbursed_on)}`}>
            <Text size="sm">Reference {report.reimbursement_reference}</Text>
            <Text size="sm" c="dimmed">
              Approved{decidedBy ? ` by ${decidedBy}` : ''}, {formatDateTime(report.decided_at)}
              {report.decision_comment ? `: ${report.decision_comment}` : ''}
            </Text>
          </Alert>
        ) : null}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Card p={0}>
              <Title order={4} p="md" pb={0}>
                {reviewing ? 'Lines: your decision' : 'Lines'}
              </Title>
              {reviewing ? <ExpenseReviewPanel report={report} /> : <ExpenseLinesTable lines={report.lines} />}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              <ExpenseTotals report={report} />
              {report.status === 'submitted' && !decides ? (
                <Text size="sm" c="dimmed">
                  Waiting for the head's decision.
                </Text>
              ) : null}
              <Anchor component={Link} to="/expenses" size="sm">
                All expense reports
              </Anchor>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {reimbursing ? <ReimburseModal report={report} onClose={() => setReimbursing(false)} /> : null}
    </>
  )
}
