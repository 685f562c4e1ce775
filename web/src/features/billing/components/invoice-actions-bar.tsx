import { Button } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconFileMinus, IconSend, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '@/lib/api/problem'
import { useIntentKey } from '@/lib/api/intent-key'
import { useCan } from '@/lib/auth/session'
import { useInvoiceAction, type Invoice, type InvoiceAction } from '../api/invoices'
import { CreditNoteModal } from './credit-note-modal'

/** What the server's state machine allows on this invoice (decision 0023). */
export function invoiceActions(invoice: Pick<Invoice, 'status' | 'kind'>, canWrite: boolean): ('issue' | 'cancel' | 'credit')[] {
  if (!canWrite) return []
  if (invoice.status === 'draft') return ['issue', 'cancel']
  if (invoice.kind === 'invoice' && (invoice.status === 'issued' || invoice.status === 'partially_paid' || invoice.status === 'paid')) return ['credit']
  return []
}

export function InvoiceActionsBar({ invoice }: { invoice: Invoice }) {
  const canWrite = useCan('invoices:write')
  const action = useInvoiceAction(invoice.id)
  const intent = useIntentKey()
  const navigate = useNavigate()
  const [crediting, setCrediting] = useState(false)
  const [running, setRunning] = useState<string | null>(null)
  const allowed = invoiceActions(invoice, canWrite)

  const run = (args: InvoiceAction, done: string) => {
    setRunning(args.action)
    intent
      .send({ invoice: invoice.id, version: invoice.version, args }, (key) => action.mutateAsync({ args, key }))
      .then(
        () => notifications.show({ color: 'green', message: done }),
        (e: unknown) => notifications.show({ color: 'red', message: describeError(e) }),
      )
      .finally(() => setRunning(null))
  }

  return (
    <>
      {allowed.includes('cancel') ? (
        <Button
          variant="light"
          color="red"
          leftSection={<IconX size={16} />}
          loading={running === 'cancel'}
          onClick={() =>
            modals.openConfirmModal({
              title: 'Cancel this draft?',
              children: 'The draft invoice is cancelled; it never gets a number.',
              labels: { confirm: 'Cancel draft', cancel: 'Keep it' },
              confirmProps: { color: 'red' },
              onConfirm: () => run({ action: 'cancel' }, 'Draft cancelled'),
            })
          }
        >
          Cancel draft
        </Button>
      ) : null}
      {allowed.includes('issue') ? (
        <Button leftSection={<IconSend size={16} />} loading={running === 'issue'} onClick={() => run({ action: 'issue' }, 'Invoice issued')}>
          Issue
        </Button>
      ) : null}
      {allowed.includes('credit') ? (
        <Button variant="default" leftSection={<IconFileMinus size={16} />} onClick={() => setCrediting(true)}>
          Credit note
        </Button>
      ) : null}
      {crediting ? (
        <CreditNoteModal
          invoice={invoice}
          onClose={() => setCrediting(false)}
          onCreate={async (body, key) => {
            const saved = await action.mutateAsync({ args: { action: 'credit', body }, key })
            notifications.show({ color: 'green', message: `Credit note ${saved.data.number ?? ''} created` })
            setCrediting(false)
            navigate(`/invoices/${saved.data.id}`)
          }}
        />
      ) : null}
    </>
  )
}
