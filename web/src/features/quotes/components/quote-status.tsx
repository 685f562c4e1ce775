import { Badge } from '@mantine/core'
import type { QuoteStatus } from '../api/get-quotes'

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Pending approval',
  approved: 'Approved',
  sent: 'Sent',
  accepted: 'Accepted',
  rejected: 'Rejected',
  expired: 'Expired',
}

const COLORS: Record<QuoteStatus, string> = {
  draft: 'gray',
  pending_approval: 'orange',
  approved: 'teal',
  sent: 'blue',
  accepted: 'green',
  rejected: 'red',
  expired: 'dark',
}

export const QUOTE_STATUS_OPTIONS = (Object.keys(QUOTE_STATUS_LABELS) as QuoteStatus[]).map((value) => ({ value, label: QUOTE_STATUS_LABELS[value] }))

export function QuoteStatusBadge({ status, size = 'sm' }: { status: QuoteStatus; size?: 'xs' | 'sm' | 'lg' }) {
  return (
    <Badge size={size} variant="light" color={COLORS[status]}>
      {QUOTE_STATUS_LABELS[status]}
    </Badge>
  )
}
