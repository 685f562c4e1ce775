import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { useIntentKey } from '@/lib/api/intent-key'
import { formatMoney } from '@/lib/format'
import { useDecideExpenseReport, type ExpenseDecision, type ExpenseReportDetail } from '../api/expense-reports'
import { ExpenseLinesTable } from './expense-lines-table'
import { approvalBody, rejectionBody, reviewSummary, type Verdicts } from './expense-review'

/**
 * The head's review of a submitted report: a verdict per line (a rejection says why),
 * a comment to the engineer, then approve (the rejected lines left out) or reject the
 * whole report. The server decides; this only asks for what it needs.
 */
export function ExpenseReviewPanel({ report, onDecided }: { report: ExpenseReportDetail; onDecided?: () => void }) {
  const decide = useDecideExpenseReport(report.id)
  const intent = useIntentKey()
  const [verdicts, setVerdicts] = useState<Verdicts>({})
  const [comment, setComment] = useState('')
  const [sending, setSending] = useState<'approve' | 'reject' | null>(null)
  const summary = reviewSummary(report.lines, verdicts)
  const all = report.lines.length

  const send = (body: ExpenseDecision, kind: 'approve' | 'reject') => {
    setSending(kind)
    intent
      .send({ report: report.id, version: report.version, body }, (key) => decide.mutateAsync({ body, key }))
      .then(
        (saved) => {
          notifications.show({ color: 'green', message: `${report.title}: ${saved.status === 'approved' ? 'approved' : 'rejected'}` })
          onDecided?.()
        },
        () => undefined,
      )
      .finally(() => setSending(null))
  }

  return (
    <Stack gap="md">
      <ExpenseLinesTable lines={report.lines} review={{ verdicts, onChange: (id, v) => setVerdicts((prev) => ({ ...prev, [id]: v })) }} />
      <Stack gap="sm" px="md" pb="md">
        <Textarea
          label="Comment to the engineer"
          description="Needed to reject the whole report; optional when approving."
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Text size="sm" role="status" data-testid="review-summary">
          {summary.rejected === 0
            ? `Approving all ${all} ${all === 1 ? 'line' : 'lines'}: ${formatMoney(summary.approvedTotal, report.currency)}.`
            : summary.approved === 0
              ? 'Every line is rejected: reject the report instead.'
              : `Approving ${summary.approved} of ${all} lines: ${formatMoney(summary.approvedTotal, report.currency)} (${summary.rejected} rejected).`}
        </Text>
        {summary.missingComments.length > 0 ? (
          <Alert color="orange" variant="light" p="xs">
            Say why each rejected line is rejected.
          </Alert>
        ) : null}
        <ApiErrorAlert error={decide.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="light" color="red" disabled={!comment.trim()} loading={sending === 'reject'} onClick={() => send(rejectionBody(comment), 'reject')}>
            Reject report
          </Button>
          <Button color="teal" disabled={!summary.canApprove} loading={sending === 'approve'} onClick={() => send(approvalBody(report.lines, verdicts, comment), 'approve')}>
            {summary.rejected === 0 ? 'Approve all' : `Approve ${summary.approved} of ${all} lines`}
          </Button>
        </Group>
      </Stack>
    </Stack>
  )
}
