import { Badge } from '@mantine/core'
import type { ExpenseStatus } from '../api/expense-reports'
import { EXPENSE_STATUS_COLORS, EXPENSE_STATUS_LABELS } from './expense-labels'

export function ExpenseStatusBadge({ status, size = 'sm' }: { status: ExpenseStatus; size?: 'xs' | 'sm' | 'lg' }) {
  return (
    <Badge size={size} variant="light" color={EXPENSE_STATUS_COLORS[status]}>
      {EXPENSE_STATUS_LABELS[status]}
    </Badge>
  )
}
