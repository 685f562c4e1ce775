/**
 * Target periods as people read them. A quarter is a fiscal quarter and a year a fiscal
 * year, counted from the company's first month (SALES_FISCAL_YEAR_START_MONTH on the
 * server, April unless changed): the labels are read from the period's own first and last
 * day, so they stay right whatever the setting.
 */
export type TargetPeriod = 'month' | 'quarter' | 'fiscal_year'

/** The company's first fiscal month as shipped (1 = January): where the pickers start. */
export const DEFAULT_FISCAL_START_MONTH = 4

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

function parts(iso: string): { year: number; month: number } {
  const [y, m] = iso.split('-')
  return { year: Number(y), month: Number(m) }
}

const monthYear = (p: { year: number; month: number }) => `${MONTHS[p.month - 1]} ${p.year}`

/** "FY 2026-27" for a year from April 2026; "FY 2026" for a calendar year. */
export function fiscalYearLabel(startIso: string): string {
  const { year, month } = parts(startIso)
  return month === 1 ? `FY ${year}` : `FY ${year}-${String((year + 1) % 100).padStart(2, '0')}`
}

/** "Nov 2026", "Oct–Dec 2026", "Dec 2026–Feb 2027", "FY 2026-27". */
export function periodLabel(period: TargetPeriod, start: string, end: string): string {
  const first = parts(start)
  const last = parts(end)
  if (period === 'month') return monthYear(first)
  if (period === 'fiscal_year') return fiscalYearLabel(start)
  // A period the window clips to one month reads as that month.
  if (first.year === last.year && first.month === last.month) return monthYear(first)
  return first.year === last.year ? `${MONTHS[first.month - 1]}–${monthYear(last)}` : `${monthYear(first)}–${monthYear(last)}`
}

export const PERIOD_LABELS: Record<TargetPeriod, string> = { month: 'Month', quarter: 'Fiscal quarter', fiscal_year: 'Fiscal year' }

/**
 * Whether a period may start on `iso` (a YYYY-MM-DD 1st of a month): a quarter in a month
 * the fiscal quarters start in, a year in the fiscal year's first month. The server checks
 * again with its own setting.
 */
export function startsPeriod(period: TargetPeriod, iso: string, fiscalStart = DEFAULT_FISCAL_START_MONTH): boolean {
  const { month } = parts(iso)
  const offset = (((month - fiscalStart) % 12) + 12) % 12
  return period === 'month' || (period === 'quarter' ? offset % 3 === 0 : offset === 0)
}

/** The months a fiscal quarter may start in: April, July, October, January by default. */
export function quarterStartMonths(fiscalStart = DEFAULT_FISCAL_START_MONTH): string[] {
  return [0, 3, 6, 9].map((k) => MONTH_NAMES[(fiscalStart - 1 + k) % 12]!)
}
