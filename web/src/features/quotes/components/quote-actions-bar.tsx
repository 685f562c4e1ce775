import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconCopy, IconPencil, IconSend, IconThumbDown, IconThumbUp, IconUpload, IconX } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { describeError } from '@/lib/api/problem'
import { useIntentKey } from '@/lib/api/intent-key'
import { useCan, useMe } from '@/lib/auth/session'
import type { Quote } from '../api/get-quote'
import { useQuoteAction, type QuoteAction } from '../api/quote-actions'
import { DecisionModal, type Decision } from './decision-modal'
import { quoteActions, type QuoteActionName } from './quote-action-rules'

const DONE: Record<Exclude<QuoteActionName, 'edit'>, string> = {
  submit: 'Quote submitted',
  approve: 'Quote approved',
  decline: 'Approval declined',
  send: 'Quote marked as sent',
  accept: 'Acceptance recorded',
  reject: 'Rejection recorded',
  revise: 'New revision created',
}

/** The quote's status actions; decisions open a dialog, the rest act at once. */
export function QuoteActionsBar({ quote, needsApproval }: { quote: Quote; needsApproval: boolean }) {
  const me = useMe()
  const canWrite = useCan('quotes:write')
  const canApprove = useCan('quotes:approve')
  const navigate = useNavigate()
  const action = useQuoteAction(quote.id)
  const intent = useIntentKey()
  const [deciding, setDeciding] = useState<Decision | null>(null)
  const [running, setRunning] = useState<QuoteActionName | null>(null)
  const allowed = quoteActions(quote, { id: me.data?.id, canWrite, canApprove })

  const run = (name: Exclude<QuoteActionName, 'edit'>, args: QuoteAction) => {
    setRunning(name)
    intent
      .send({ quote: quote.id, version: quote.version, args }, (key) => action.mutateAsync({ args, key }))
      .then(
        (saved) => {
          notifications.show({ color: 'green', message: DONE[name] })
          setDeciding(null)
          if (saved.data.id !== quote.id) navigate(`/quotes/${saved.data.id}`)
        },
        (e: unknown) => {
          if (!deciding) notifications.show({ color: 'red', message: describeError(e) })
        },
      )
      .finally(() => setRunning(null))
  }

  const button = (name: QuoteActionName, label: string, icon: ReactNode, onClick: () => void, variant = 'default', color?: string) =>
    allowed.includes(name) ? (
      <Button key={name} variant={variant} color={color} leftSection={icon} loading={running === name && !deciding} onClick={onClick}>
        {label}
      </Button>
    ) : null

  return (
    <>
      {button('revise', 'Revise', <IconCopy size={16} />, () => run('revise', { action: 'revise' }))}
      {allowed.includes('edit') ? (
        <Button component={Link} to={`/quotes/${quote.id}/edit`} variant="default" leftSection={<IconPencil size={16} />}>
          Edit
        </Button>
      ) : null}
      {button('decline', 'Decline', <IconThumbDown size={16} />, () => setDeciding('decline'), 'light', 'red')}
      {button('approve', 'Approve', <IconThumbUp size={16} />, () => setDeciding('approve'), 'filled')}
      {button('reject', 'Customer rejected', <IconX size={16} />, () => setDeciding('reject'), 'light', 'red')}
      {button('accept', 'Customer accepted', <IconCheck size={16} />, () => setDeciding('accept'), 'filled', 'green')}
      {button('send', 'Mark as sent', <IconSend size={16} />, () => run('send', { action: 'send' }), 'filled')}
      {button('submit', needsApproval ? 'Submit for approval' : 'Submit', <IconUpload size={16} />, () => run('submit', { action: 'submit' }), 'filled')}
      {deciding ? (
        <DecisionModal
          decision={deciding}
          displayNumber={quote.display_number}
          optionalLines={quote.lines.filter((l) => l.is_optional)}
          currency={quote.currency}
          pending={action.isPending}
          error={action.error}
          onClose={() => {
            action.reset()
            setDeciding(null)
          }}
          onConfirm={({ text, chosen }) => {
            const args: QuoteAction =
              deciding === 'accept'
                ? { action: 'accept', chosen_optional_line_ids: chosen }
                : deciding === 'reject'
                  ? { action: 'reject', reason: text }
                  : { action: deciding, comment: text }
            run(deciding, args)
          }}
        />
      ) : null}
    </>
  )
}
