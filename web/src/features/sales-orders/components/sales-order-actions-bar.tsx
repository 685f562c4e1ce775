import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconLock, IconPencil, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { describeError } from '@/lib/api/problem'
import { useIntentKey } from '@/lib/api/intent-key'
import { useCan } from '@/lib/auth/session'
import type { SalesOrder } from '../api/get-sales-orders'
import { useSalesOrderAction, type SalesOrderAction } from '../api/save-sales-order'
import { salesOrderActions } from './sales-order-action-rules'

const DONE = { confirm: 'Order confirmed', approve_credit: 'Credit approved, order confirmed', cancel: 'Order cancelled', close: 'Order closed' } as const

/** The order's status actions: confirm and close act at once, cancel asks for a reason. */
export function SalesOrderActionsBar({ order }: { order: SalesOrder }) {
  const canWrite = useCan('sales_orders:write')
  const canApproveCredit = useCan('quotes:approve')
  const action = useSalesOrderAction(order.id)
  const intent = useIntentKey()
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const [running, setRunning] = useState<SalesOrderAction['action'] | null>(null)
  const allowed = salesOrderActions(order, canWrite, canApproveCredit)

  const run = (args: SalesOrderAction) => {
    setRunning(args.action)
    intent
      .send({ order: order.id, version: order.version, args }, (key) => action.mutateAsync({ args, key }))
      .then(
        (saved) => {
          // An engineer's confirm over the customer's credit limit is not a confirmation.
          if (saved.data.status === 'credit_hold') {
            notifications.show({ color: 'yellow', title: 'On credit hold', message: "Over the customer's credit limit: the order waits for a head to approve the credit." })
          } else {
            notifications.show({ color: 'green', message: DONE[args.action] })
          }
          setCancelling(false)
        },
        (e: unknown) => {
          if (args.action !== 'cancel') notifications.show({ color: 'red', title: 'Could not do that', message: describeError(e) })
        },
      )
      .finally(() => setRunning(null))
  }

  return (
    <>
      {allowed.includes('edit') ? (
        <Button component={Link} to={`/sales-orders/${order.id}/edit`} variant="default" leftSection={<IconPencil size={16} />}>
          Edit
        </Button>
      ) : null}
      {allowed.includes('cancel') ? (
        <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setCancelling(true)}>
          Cancel order
        </Button>
      ) : null}
      {allowed.includes('close') ? (
        <Button variant="filled" leftSection={<IconLock size={16} />} loading={running === 'close'} onClick={() => run({ action: 'close' })}>
          Close
        </Button>
      ) : null}
      {allowed.includes('confirm') ? (
        <Button variant="filled" color="green" leftSection={<IconCheck size={16} />} loading={running === 'confirm'} onClick={() => run({ action: 'confirm' })}>
          Confirm
        </Button>
      ) : null}
      {allowed.includes('approve_credit') ? (
        <Button variant="filled" color="yellow" leftSection={<IconCheck size={16} />} loading={running === 'approve_credit'} onClick={() => run({ action: 'approve_credit' })}>
          Approve credit and confirm
        </Button>
      ) : null}
      {cancelling ? (
        <Modal
          opened
          title="Cancel order"
          onClose={() => {
            action.reset()
            setCancelling(false)
          }}
        >
          <Stack>
            <Text size="sm">{order.number} is cancelled and the stock it holds is released. This cannot be undone.</Text>
            <Textarea label="Reason" data-autofocus autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <ApiErrorAlert error={action.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCancelling(false)}>
                Keep the order
              </Button>
              <Button color="red" loading={running === 'cancel'} onClick={() => run({ action: 'cancel', reason: reason.trim() || null })}>
                Cancel order
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </>
  )
}
