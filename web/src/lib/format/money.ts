/**
 * Money arrives as exact decimal strings with a currency code. Intl formats
 * the string itself (no float conversion), so "1234567.8950" shows exactly.
 */
const formatters = new Map<string, Intl.NumberFormat>()

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(currency === 'INR' ? 'en-IN' : 'en', {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : 2,
    })
    formatters.set(key, f)
  }
  return f
}

type Decimal = `${number}`

function isDecimal(value: string): value is Decimal {
  return /^-?\d+(\.\d+)?$/.test(value.trim())
}

export function formatMoney(amount: string | null | undefined, currency = 'INR', compact = false): string {
  if (amount === null || amount === undefined || amount === '') return '—'
  const value = amount.trim()
  if (!isDecimal(value)) return `${value} ${currency}`
  try {
    return formatter(currency, compact).format(value)
  } catch {
    return `${value} ${currency}`
  }
}

export function formatPercent(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  return `${value}%`
}
