import { Badge, Group } from '@mantine/core'
import type { InvoiceStatus, InvoiceSummary } from '../api/invoices'

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  void: 'Void',
  cancelled: 'Cancelled',
}

const COLORS: Record<InvoiceStatus, string> = {
  draft: 'gray',
  issued: 'blue',
  partially_paid: 'orange',
  paid: 'green',
  void: 'dark',
  cancelled: 'dark',
}

export const INVOICE_STATUS_OPTIONS = (Object.keys(INVOICE_STATUS_LABELS) as InvoiceStatus[]).map((value) => ({
  value,
  label: INVOICE_STATUS_LABELS[value],
}))

type Size = 'xs' | 'sm' | 'lg'

/** The status, and for an overdue invoice a red badge with its days overdue. */
export function InvoiceStatusBadge({ invoice, size = 'sm' }: { invoice: Pick<InvoiceSummary, 'status' | 'is_overdue' | 'days_overdue' | 'kind'>; size?: Size }) {
  return (
    <Group gap={4} wrap="nowrap">
      {/* Badges keep their width: in a narrow table cell they would shrink to "ISSU…". */}
      <Badge size={size} variant="light" color={COLORS[invoice.status]} style={{ minWidth: 'max-content' }}>
        {invoice.kind === 'credit_note' && invoice.status === 'issued' ? 'Issued' : INVOICE_STATUS_LABELS[invoice.status]}
      </Badge>
      {invoice.is_overdue ? (
        <Badge size={size} color="red" variant="filled" style={{ minWidth: 'max-content' }}>
          Overdue {invoice.days_overdue} {invoice.days_overdue === 1 ? 'day' : 'days'}
        </Badge>
      ) : null}
    </Group>
  )
}

export function invoiceLabel(invoice: Pick<InvoiceSummary, 'number' | 'kind'>): string {
  const noun = invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice'
  return invoice.number ? `${noun} ${invoice.number}` : `Draft ${noun.toLowerCase()}`
}
