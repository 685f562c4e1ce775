import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { formatMoney } from '@/lib/format'
import type { QuoteLine } from '../api/get-quote'

export type Decision = 'approve' | 'decline' | 'accept' | 'reject'

const TITLES: Record<Decision, string> = {
  approve: 'Approve quote',
  decline: 'Decline approval',
  accept: 'Record acceptance',
  reject: 'Record rejection',
}

interface DecisionModalProps {
  decision: Decision
  displayNumber: string
  optionalLines: QuoteLine[]
  currency: string
  pending: boolean
  error: unknown
  onConfirm: (input: { text: string | null; chosen: string[] }) => void
  onClose: () => void
}

/** Asks for what a decision carries: a comment, a reason, or the optional lines the customer chose. */
export function DecisionModal({ decision, displayNumber, optionalLines, currency, pending, error, onConfirm, onClose }: DecisionModalProps) {
  const [text, setText] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  const needsText = decision === 'decline'
  return (
    <Modal opened onClose={onClose} title={TITLES[decision]}>
      <Stack>
        <Text size="sm">
          {decision === 'approve' && `${displayNumber} can then be sent to the customer.`}
          {decision === 'decline' && `${displayNumber} goes back to draft; its author sees your comment.`}
          {decision === 'accept' && `The customer accepted ${displayNumber}. The optional lines they chose join the totals.`}
          {decision === 'reject' && `The customer turned ${displayNumber} down. You can revise it later.`}
        </Text>
        {decision === 'accept' ? (
          optionalLines.length > 0 ? (
            <Checkbox.Group label="Optional lines the customer chose" value={chosen} onChange={setChosen}>
              <Stack gap="xs" mt="xs">
                {optionalLines.map((l) => (
                  <Checkbox key={l.id} value={l.id} label={`${l.description} — ${formatMoney(l.line_total, currency)}`} />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : null
        ) : (
          <Textarea
            label={decision === 'reject' ? 'Reason' : 'Comment'}
            required={needsText}
            data-autofocus
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
        <ApiErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={decision === 'decline' || decision === 'reject' ? 'red' : undefined}
            loading={pending}
            disabled={needsText && !text.trim()}
            onClick={() => onConfirm({ text: text.trim() || null, chosen })}
          >
            {TITLES[decision]}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
