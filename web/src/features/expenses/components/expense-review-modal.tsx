import { Anchor, Group, Modal, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { formatDate, formatMoney } from '@/lib/format'
import { useExpenseReport } from '../api/expense-reports'
import { periodText } from './expense-labels'
import { ExpenseReviewPanel } from './expense-review-panel'

/** A submitted report reviewed line by line without leaving the inbox. */
export function ExpenseReviewModal({ reportId, ownerName, onClose }: { reportId: string; ownerName: string; onClose: () => void }) {
  const query = useExpenseReport(reportId)
  const phone = useMediaQuery('(max-width: 48em)')
  const report = query.data
  return (
    <Modal opened onClose={onClose} size="70rem" fullScreen={phone} padding={0} title={<Text fw={600} px="md">{report ? `Review ${report.title}` : 'Review expense report'}</Text>}>
      {query.isPending ? (
        <LoadingState label="Loading the report…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" px="md" gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed">
              {ownerName} · {periodText(query.data.period_start, query.data.period_end, formatDate)} · claimed {formatMoney(query.data.total, query.data.currency)}
            </Text>
            <Anchor component={Link} to={`/expenses/${reportId}`} size="sm">
              Open the report
            </Anchor>
          </Group>
          {query.data.status === 'submitted' ? (
            <ExpenseReviewPanel report={query.data} onDecided={onClose} />
          ) : (
            <Text size="sm" px="md" pb="md">
              This report is no longer waiting for a decision.
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  )
}
