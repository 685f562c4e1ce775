import { Anchor, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { IconFileInvoice, IconPencil } from '@tabler/icons-react'
import { Link } from 'react-router'
import { trimZeros } from '@/lib/decimal'
import { formatDate, formatMoney, formatPercent } from '@/lib/format'
import type { Milestone } from '../api/get-sales-orders'
import { progressOf, TRIGGER_LABELS } from './milestone-plan'
import type { BillingOffer } from './order-billing'

interface MilestonesCardProps {
  milestones: Milestone[]
  currency: string
  /** Offered while the plan may change (a draft or confirmed order, nothing invoiced). */
  onEdit?: () => void
  /** What each milestone offers to invoice (by milestone id), for those who bill. */
  billing?: Record<string, BillingOffer>
  onInvoice?: (milestone: Milestone) => void
  /** The order is billed by delivered quantities: its milestones are not invoiced. */
  billedByQuantities?: boolean
}

/** A milestone row's invoice action: a new invoice of what is left, or the draft waiting to be issued. */
function InvoiceAction({ milestone, offer, onInvoice }: { milestone: Milestone; offer: BillingOffer | undefined; onInvoice?: (m: Milestone) => void }) {
  if (offer?.kind === 'draft')
    return (
      <Anchor component={Link} to={`/invoices/${offer.invoiceId}`} size="xs" aria-label={`Draft invoice of ${milestone.label}`}>
        Draft invoice waiting
      </Anchor>
    )
  if (offer?.kind === 'invoice' && onInvoice)
    return (
      <Button size="compact-xs" variant="light" leftSection={<IconFileInvoice size={12} />} aria-label={`Invoice ${milestone.label}`} onClick={() => onInvoice(milestone)}>
        Invoice
      </Button>
    )
  return null
}

/**
 * The invoice milestones: planned against invoiced and collected, with a progress bar; a
 * milestone due for invoicing offers its invoice under its name (in view on a phone too).
 */
export function MilestonesCard({ milestones, currency, onEdit, billing, onInvoice, billedByQuantities }: MilestonesCardProps) {
  const sorted = [...milestones].sort((a, b) => a.position - b.position)
  const p = progressOf(sorted)
  const money = (v: string) => formatMoney(v, currency)
  return (
    <Card p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <Title order={4}>Milestones</Title>
        {onEdit ? (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit milestones
          </Button>
        ) : null}
      </Group>
      <Stack gap={4} px="md" pb="sm">
        <Progress.Root size="lg" aria-label={`Invoiced ${p.invoiced}%, collected ${p.collected}%`}>
          <Progress.Section value={p.collected} color="green" />
          <Progress.Section value={Math.max(0, p.invoiced - p.collected)} color="blue" />
        </Progress.Root>
        <Text size="xs" c="dimmed">
          Invoiced {money(p.invoicedAmount)} ({p.invoiced}%) · collected {money(p.collectedAmount)} ({p.collected}%) of {money(p.plannedAmount)}
        </Text>
        {billedByQuantities ? (
          <Text size="xs" c="dimmed">
            This order is billed by delivered quantities (see its lines and invoices), so its milestones are not invoiced.
          </Text>
        ) : null}
      </Stack>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Milestones" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Milestone</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
              <Table.Th ta="right">Planned</Table.Th>
              <Table.Th ta="right">Invoiced</Table.Th>
              <Table.Th ta="right">Collected</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm" fw={500}>
                      {m.label}
                    </Text>
                    <InvoiceAction milestone={m} offer={billing?.[m.id]} onInvoice={onInvoice} />
                  </Stack>
                </Table.Td>
                <Table.Td>{m.trigger === 'on_date' ? formatDate(m.due_date) : TRIGGER_LABELS[m.trigger]}</Table.Td>
                <Table.Td ta="right">{m.kind === 'percent' ? formatPercent(trimZeros(m.value)) : 'Amount'}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(m.planned_amount)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(m.invoiced_amount)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(m.collected_amount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  )
}
