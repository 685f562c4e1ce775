import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import { ItemCard, ItemCardList, usePhoneLayout } from '@/components/ui/item-card'
import { useDownloadAttachment } from '@/lib/api/files'
import { formatDate, formatMoney } from '@/lib/format'
import type { ExpenseLine } from '../api/expense-reports'
import { EXPENSE_CATEGORY_LABELS, mileageText } from './expense-labels'
import { verdictOf, type LineVerdict, type Verdicts } from './expense-review'

const DECISION_COLORS = { pending: 'gray', approved: 'teal', rejected: 'red' } as const
const DECISION_LABELS = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' } as const

/** While the head reviews: the verdicts given so far and how to change one. */
export interface LineReview {
  verdicts: Verdicts
  onChange: (lineId: string, verdict: LineVerdict) => void
}

/** The line's receipts, each downloaded with the caller's token when clicked. */
function Receipts({ line }: { line: ExpenseLine }) {
  const download = useDownloadAttachment()
  return (
    <Group gap={6} c="dimmed">
      <IconPaperclip size={14} aria-hidden />
      {line.receipts.map((file, n) => (
        <Anchor
          key={file.id}
          component="button"
          type="button"
          size="xs"
          onClick={() => download.mutate(file)}
          aria-label={`Receipt ${n + 1} of ${line.receipts.length}: ${file.filename ?? file.content_type}`}
        >
          {line.receipts.length > 1 ? `Receipt ${n + 1}` : 'Receipt'}
        </Anchor>
      ))}
    </Group>
  )
}

function LineFacts({ line }: { line: ExpenseLine }) {
  const mileage = mileageText(line)
  return (
    <Stack gap={2}>
      {mileage ? <Text size="sm">{mileage}</Text> : null}
      {line.notes ? (
        <Text size="sm" c={mileage ? 'dimmed' : undefined}>
          {line.notes}
        </Text>
      ) : null}
      {line.receipts.length > 0 ? <Receipts line={line} /> : null}
      {!mileage && !line.notes && line.receipts.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : null}
    </Stack>
  )
}

function DecisionCell({ line, index, review }: { line: ExpenseLine; index: number; review?: LineReview }) {
  if (!review) {
    return (
      <Stack gap={2}>
        <Badge size="sm" variant="light" color={DECISION_COLORS[line.decision]}>
          {DECISION_LABELS[line.decision]}
        </Badge>
        {line.decision_comment ? (
          <Text size="xs" c="dimmed">
            {line.decision_comment}
          </Text>
        ) : null}
      </Stack>
    )
  }
  const verdict = verdictOf(review.verdicts, line.id)
  const rejected = verdict.decision === 'rejected'
  return (
    <Stack gap={6} miw={200}>
      <SegmentedControl
        size="xs"
        aria-label={`Decision on line ${index + 1}`}
        color={rejected ? 'red' : 'teal'}
        value={verdict.decision}
        onChange={(value) => review.onChange(line.id, { ...verdict, decision: value as LineVerdict['decision'] })}
        data={[
          { value: 'approved', label: 'Approve' },
          { value: 'rejected', label: 'Reject' },
        ]}
      />
      {rejected ? (
        <TextInput
          size="xs"
          label={`Why line ${index + 1} is rejected`}
          placeholder="The engineer reads this"
          required
          value={verdict.comment}
          error={verdict.comment.trim() ? undefined : 'Say why'}
          onChange={(e) => review.onChange(line.id, { ...verdict, comment: e.currentTarget.value })}
        />
      ) : null}
    </Stack>
  )
}

function PolicyFlag({ line }: { line: ExpenseLine }) {
  return line.is_over_limit ? (
    <Badge size="sm" color="red" variant="light" styles={{ label: { overflow: 'visible' } }} title="This line brings the day's claims of its category above the policy's limit">
      Over limit
    </Badge>
  ) : (
    <Text size="xs" c="dimmed">
      Within
    </Text>
  )
}

/** A report's lines: date, category, what makes the amount (km × rate, notes, receipt), policy flag, decision. */
export function ExpenseLinesTable({ lines, review }: { lines: ExpenseLine[]; review?: LineReview }) {
  const phone = usePhoneLayout()
  if (phone) {
    return (
      <ItemCardList label="Expense lines">
        {lines.map((line, i) => (
          <ItemCard
            key={line.id}
            label={`Line ${i + 1}`}
            title={
              <Text size="sm" fw={600}>
                {EXPENSE_CATEGORY_LABELS[line.category]}
              </Text>
            }
            subtitle={formatDate(line.expense_date)}
            amount={formatMoney(line.amount, line.currency)}
          >
            <LineFacts line={line} />
            {line.is_over_limit ? <PolicyFlag line={line} /> : null}
            <DecisionCell line={line} index={i} review={review} />
          </ItemCard>
        ))}
      </ItemCardList>
    )
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Expense lines" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Details</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Policy</Table.Th>
            <Table.Th>{review ? 'Your decision' : 'Decision'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <Table.Tr key={line.id} aria-label={`Line ${i + 1}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(line.expense_date)}</Table.Td>
              <Table.Td>{EXPENSE_CATEGORY_LABELS[line.category]}</Table.Td>
              <Table.Td>
                <LineFacts line={line} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                {formatMoney(line.amount, line.currency)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 104 }}>
                <PolicyFlag line={line} />
              </Table.Td>
              <Table.Td>
                <DecisionCell line={line} index={i} review={review} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
