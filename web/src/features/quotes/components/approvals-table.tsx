import { Anchor, Button, Group, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Link } from 'react-router'
import { ItemCard, CardsOrTable, usePhoneLayout } from '@/components/ui/item-card'
import { useIntentKey } from '@/lib/api/intent-key'
import { trimZeros } from '@/lib/decimal'
import { formatDateTime, formatMoney, formatPercent } from '@/lib/format'
import { limitOfRole, useDiscountLimits } from '@/lib/lookups/discount-limits'
import { usePeople } from '@/lib/lookups/users'
import type { QuoteSummary } from '../api/get-quotes'
import { useQuoteAction } from '../api/quote-actions'
import { DecisionModal } from './decision-modal'

type Decision = 'approve' | 'decline'

/** The decision's dialog, with its own action and intent key. */
function ApprovalDialog({ quote, decision, onClose }: { quote: QuoteSummary; decision: Decision; onClose: () => void }) {
  const action = useQuoteAction(quote.id)
  const intent = useIntentKey()
  const decide = (comment: string | null) => {
    const args = { action: decision, comment }
    intent
      .send({ quote: quote.id, version: quote.version, args }, (key) => action.mutateAsync({ args, key }))
      .then(
        () => {
          notifications.show({ color: 'green', message: `${quote.display_number} ${decision === 'approve' ? 'approved' : 'declined'}` })
          onClose()
        },
        () => undefined,
      )
  }
  return (
    <DecisionModal
      decision={decision}
      displayNumber={quote.display_number}
      optionalLines={[]}
      currency={quote.currency}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onConfirm={({ text }) => decide(text)}
    />
  )
}

interface ApprovalItemProps {
  quote: QuoteSummary
  ownerName: string
  authorLimit: string | null | undefined
  phone: boolean
  onDecide: (decision: Decision) => void
}

function ApprovalItem({ quote, ownerName, authorLimit, phone, onDecide }: ApprovalItemProps) {
  const link = (
    <Anchor component={Link} to={`/quotes/${quote.id}`} fw={600} size="sm">
      {quote.display_number}
    </Anchor>
  )
  const discount = formatPercent(trimZeros(quote.max_discount_percent))
  const limit = authorLimit === undefined ? null : authorLimit === null ? 'author has no limit' : `author's limit ${formatPercent(trimZeros(authorLimit))}`
  const total = formatMoney(quote.grand_total, quote.currency)
  const actions = (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => onDecide('decline')} aria-label={`Decline ${quote.display_number}`}>
        Decline
      </Button>
      <Button size="xs" onClick={() => onDecide('approve')} aria-label={`Approve ${quote.display_number}`}>
        Approve
      </Button>
    </>
  )
  if (phone) {
    return (
      <ItemCard title={link} subtitle={quote.customer_name} amount={total} meta={`${ownerName} · submitted ${formatDateTime(quote.submitted_at)}`} actions={actions} label={quote.display_number}>
        <Text size="sm">
          Largest discount <b>{discount}</b>
          {limit ? <Text span size="sm" c="dimmed">{` (${limit})`}</Text> : null}
        </Text>
      </ItemCard>
    )
  }
  return (
    <Table.Tr>
      <Table.Td>
        {link}
        <Text size="xs" c="dimmed">
          {quote.customer_name}
        </Text>
      </Table.Td>
      <Table.Td>{ownerName}</Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={600}>
          {discount}
        </Text>
        {limit ? (
          <Text size="xs" c="dimmed">
            {limit}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {total}
      </Table.Td>
      <Table.Td>{formatDateTime(quote.submitted_at)}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {actions}
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}

/**
 * The approvals inbox's quotes: each pending quote with its largest discount against
 * its author's limit (why it waits), approved or declined in place.
 */
export function ApprovalsTable({ quotes, ownerName }: { quotes: QuoteSummary[]; ownerName: (id: string) => string }) {
  const people = usePeople()
  const limits = useDiscountLimits()
  const phone = usePhoneLayout()
  // The open dialog lives above the layout, so turning a tablet (table <-> cards) keeps it.
  const [deciding, setDeciding] = useState<{ quote: QuoteSummary; decision: Decision } | null>(null)
  const authorLimit = (ownerId: string) => limitOfRole(limits.data, people.data?.find((u) => u.id === ownerId)?.role)
  const items = quotes.map((q) => (
    <ApprovalItem key={q.id} quote={q} ownerName={ownerName(q.owner_id)} authorLimit={authorLimit(q.owner_id)} phone={phone} onDecide={(decision) => setDeciding({ quote: q, decision })} />
  ))
  const dialog = deciding ? <ApprovalDialog key={`${deciding.quote.id}-${deciding.decision}`} {...deciding} onClose={() => setDeciding(null)} /> : null
  return (
    <CardsOrTable
      phone={phone}
      label="Quotes waiting for approval"
      minWidth={720}
      items={items}
      dialog={dialog}
      headings={
        <>
          <Table.Th>Quote</Table.Th>
          <Table.Th>Author</Table.Th>
          <Table.Th ta="right">Largest discount</Table.Th>
          <Table.Th ta="right">Grand total</Table.Th>
          <Table.Th>Submitted</Table.Th>
          <Table.Th />
        </>
      }
    />
  )
}
