import { trimZeros } from '@/lib/decimal'
import { formatMoney } from '@/lib/format'
import type { ExpenseCategory, ExpenseLine, ExpenseStatus } from '../api/expense-reports'

export const EXPENSE_STATUS_LABELS: Record<ExpenseStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  reimbursed: 'Reimbursed',
}

export const EXPENSE_STATUS_COLORS: Record<ExpenseStatus, string> = {
  draft: 'gray',
  submitted: 'orange',
  approved: 'teal',
  rejected: 'red',
  reimbursed: 'green',
}

export const EXPENSE_STATUS_OPTIONS = (Object.keys(EXPENSE_STATUS_LABELS) as ExpenseStatus[]).map((value) => ({
  value,
  label: EXPENSE_STATUS_LABELS[value],
}))

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  travel: 'Travel',
  fuel: 'Fuel',
  food: 'Food',
  lodging: 'Lodging',
  mileage: 'Mileage',
  other: 'Other',
}

const VEHICLES: Record<string, string> = { car: 'car', two_wheeler: 'two-wheeler' }

/**
 * "42.5 km × ₹9.00/km (car)": how a mileage line's amount was made. The API keeps the
 * km and the amount (km × the policy's rate for the vehicle, rounded); the rate shown
 * is the amount per km, which is the rate whenever the product needed no rounding.
 */
export function mileageText(line: Pick<ExpenseLine, 'category' | 'distance_km' | 'amount' | 'currency' | 'vehicle_type'>): string | null {
  if (line.category !== 'mileage' || !line.distance_km || Number(line.distance_km) <= 0) return null
  const rate = (Number(line.amount) / Number(line.distance_km)).toFixed(2)
  const vehicle = line.vehicle_type ? ` (${VEHICLES[line.vehicle_type] ?? line.vehicle_type.replace(/_/g, ' ')})` : ''
  return `${trimZeros(line.distance_km)} km × ${formatMoney(rate, line.currency)}/km${vehicle}`
}

/** "12 Nov – 15 Nov 2026" style period, from the report's dates. */
export function periodText(start: string, end: string, format: (d: string) => string): string {
  return start === end ? format(start) : `${format(start)} – ${format(end)}`
}
