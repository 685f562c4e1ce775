import { Anchor, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Link } from 'react-router'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { ItemCard, CardsOrTable, usePhoneLayout } from '@/components/ui/item-card'
import { useIntentKey } from '@/lib/api/intent-key'
import { formatDate, formatMoney } from '@/lib/format'
import type { SalesOrderSummary } from '../api/get-sales-orders'
import { useSalesOrderAction, type SalesOrderAction } from '../api/save-sales-order'
import { CreditFigures } from './credit-figures'

type Decision = 'approve_credit' | 'cancel'

/** Approving the credit (the figures once more) or cancelling the order, with its own action and intent key. */
function DecisionDialog({ order, decision, onClose }: { order: SalesOrderSummary; decision: Decision; onClose: () => void }) {
  const action = useSalesOrderAction(order.id)
  const intent = useIntentKey()
  const [reason, setReason] = useState('')
  const approving = decision === 'approve_credit'
  const run = (args: SalesOrderAction) => {
    intent
      .send({ order: order.id, version: order.version, args }, (key) => action.mutateAsync({ args, key }))
      .then(
        () => {
          notifications.show({ color: 'green', message: approving ? `${order.number} confirmed with your credit approval` : `${order.number} cancelled` })
          onClose()
        },
        () => undefined,
      )
  }
  return (
    <Modal opened onClose={onClose} title={approving ? 'Approve credit' : 'Cancel order'}>
      <Stack>
        <Text size="sm">
          {approving
            ? `${order.number} for ${order.customer_name ?? 'the customer'} is confirmed over the customer's credit limit: its stock is reserved and your approval is recorded.`
            : `${order.number} is cancelled and the stock it holds is released. This cannot be undone.`}
        </Text>
        {approving ? <CreditFigures orderId={order.id} /> : <Textarea label="Reason" data-autofocus autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
        <ApiErrorAlert error={action.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {approving ? 'Not now' : 'Keep the order'}
          </Button>
          <Button
            color={approving ? undefined : 'red'}
            loading={action.isPending}
            onClick={() => run(approving ? { action: 'approve_credit' } : { action: 'cancel', reason: reason.trim() || null })}
          >
            {approving ? 'Approve credit and confirm' : 'Cancel order'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

interface CreditHoldItemProps {
  order: SalesOrderSummary
  ownerName: string
  phone: boolean
  onDecide: (decision: Decision) => void
}

function CreditHoldItem({ order, ownerName, phone, onDecide }: CreditHoldItemProps) {
  const link = (
    <Anchor component={Link} to={`/sales-orders/${order.id}`} fw={600} size="sm">
      {order.number}
    </Anchor>
  )
  const total = formatMoney(order.grand_total, order.currency)
  const actions = (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => onDecide('cancel')} aria-label={`Cancel ${order.number}`}>
        Cancel
      </Button>
      <Button size="xs" onClick={() => onDecide('approve_credit')} aria-label={`Approve credit for ${order.number}`}>
        Approve credit
      </Button>
    </>
  )
  if (phone) {
    return (
      <ItemCard title={link} subtitle={order.customer_name} amount={total} meta={`${ownerName} · ordered ${formatDate(order.order_date)}`} actions={actions} label={order.number}>
        <CreditFigures orderId={order.id} detailed={false} />
      </ItemCard>
    )
  }
  return (
    <Table.Tr>
      <Table.Td>
        {link}
        <Text size="xs" c="dimmed">
          {order.customer_name}
        </Text>
      </Table.Td>
      <Table.Td>{ownerName}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {total}
      </Table.Td>
      <Table.Td miw={240}>
        <CreditFigures orderId={order.id} detailed={false} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(order.order_date)}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {actions}
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}

/** Orders on credit hold: each with the customer's exposure against their limit, approved or cancelled in place. */
export function CreditHoldTable({ orders, ownerName }: { orders: SalesOrderSummary[]; ownerName: (id: string) => string }) {
  const phone = usePhoneLayout()
  // The open dialog lives above the layout, so turning a tablet (table <-> cards) keeps it.
  const [deciding, setDeciding] = useState<{ order: SalesOrderSummary; decision: Decision } | null>(null)
  const items = orders.map((o) => <CreditHoldItem key={o.id} order={o} ownerName={ownerName(o.owner_id)} phone={phone} onDecide={(decision) => setDeciding({ order: o, decision })} />)
  const dialog = deciding ? <DecisionDialog key={`${deciding.order.id}-${deciding.decision}`} {...deciding} onClose={() => setDeciding(null)} /> : null
  return (
    <CardsOrTable
      phone={phone}
      label="Orders on credit hold"
      minWidth={860}
      items={items}
      dialog={dialog}
      headings={
        <>
          <Table.Th>Order</Table.Th>
          <Table.Th>Engineer</Table.Th>
          <Table.Th ta="right">Order total</Table.Th>
          <Table.Th>Credit</Table.Th>
          <Table.Th>Order date</Table.Th>
          <Table.Th />
        </>
      }
    />
  )
}
