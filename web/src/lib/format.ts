/**
 * The one formatting rule for money and dates, shared with the phone app:
 *
 * - money: the decimal string itself (never a float), rounded half-up to the
 *   currency's minor units (INR/USD 2, JPY 0), Indian digit grouping for every
 *   currency, the currency's symbol in front: ₹12,34,567.50, $3,84,000.00, ¥1,500;
 * - large amounts in words of lakh and crore: ₹12.5 lakh, ₹2.3 crore;
 * - dates `29 Nov 2026`, date-times `29 Nov 2026, 14:05`, in the user's local time.
 *
 * Month names and digit grouping are written out here rather than taken from
 * Intl locale data, which differs between browsers, Node and the phone's engine.
 */

const SYMBOLS: Record<string, string> = { INR: '₹', USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', AUD: 'A$', SGD: 'S$' }
const MINOR_UNITS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, IDR: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 }

/** Digits after the decimal point for a currency (ISO 4217 minor units). */
export function minorUnits(currency: string): number {
  const known = MINOR_UNITS[currency]
  if (known !== undefined) return known
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? `${currency} `
}

/** 1234567 -> 12,34,567 (the last three digits, then pairs). */
export function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits
  const head = digits.slice(0, -3)
  const tail = digits.slice(-3)
  return `${head.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${tail}`
}

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?$/

/** A count with Indian digit grouping: 1234567 -> 12,34,567. */
export function formatCount(n: number): string {
  return (n < 0 ? '-' : '') + groupIndian(String(Math.trunc(Math.abs(n))))
}

/** Rounds a decimal string half-up (away from zero) to `places` digits, exactly. */
export function roundDecimal(value: string, places: number): { negative: boolean; whole: string; fraction: string } | null {
  const match = DECIMAL.exec(value.trim())
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null
  const negative = match[1] === '-'
  const whole = match[2] || '0'
  const frac = match[3] ?? ''
  const kept = (frac + '0'.repeat(places)).slice(0, places)
  let scaled = BigInt(whole + kept)
  if ((frac[places] ?? '0') >= '5') scaled += 1n
  const text = scaled.toString().padStart(places + 1, '0')
  const result = {
    whole: places > 0 ? text.slice(0, -places) : text,
    fraction: places > 0 ? text.slice(-places) : '',
  }
  return { negative: negative && scaled !== 0n, ...result }
}

/** ₹12,34,567.50 from "1234567.5" and "INR"; "—" for no amount. */
export function formatMoney(amount: string | null | undefined, currency = 'INR'): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '—'
  const rounded = roundDecimal(amount, minorUnits(currency))
  if (!rounded) return `${amount} ${currency}`
  const number = groupIndian(rounded.whole) + (rounded.fraction ? `.${rounded.fraction}` : '')
  return `${rounded.negative ? '-' : ''}${currencySymbol(currency)}${number}`
}

const CRORE = 10_000_000
const LAKH = 100_000

/**
 * Short money for cards and chart axes: ₹12.5 lakh, ₹2.3 crore, ₹45,000.
 * Only for display where space is short; tables show formatMoney.
 */
export function formatMoneyShort(amount: string | null | undefined, currency = 'INR'): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '—'
  const rounded = roundDecimal(amount, 0)
  if (!rounded) return `${amount} ${currency}`
  const whole = Number(rounded.whole)
  const sign = rounded.negative ? '-' : ''
  const words = (n: number, unit: string) => `${sign}${currencySymbol(currency)}${trimZero(n)} ${unit}`
  if (whole >= CRORE) return words(whole / CRORE, 'crore')
  if (whole >= LAKH) return words(whole / LAKH, 'lakh')
  return `${sign}${currencySymbol(currency)}${groupIndian(rounded.whole)}`
}

function trimZero(n: number): string {
  // One decimal at most (12.5 lakh), none when it is zero (2 crore); floats are fine for a label.
  return (Math.round(n * 10) / 10).toString()
}

export function formatPercent(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  return `${value}%`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const pad = (n: number) => String(n).padStart(2, '0')

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  // A bare YYYY-MM-DD is a calendar date, not a UTC instant: keep it local.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

const dayMonthYear = (d: Date) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`
const hourMinute = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`

/** 29 Nov 2026 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—'
  const d = toDate(value)
  return d ? dayMonthYear(d) : String(value)
}

/** 29 Nov 2026, 14:05 (local time) */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—'
  const d = toDate(value)
  return d ? `${dayMonthYear(d)}, ${hourMinute(d)}` : String(value)
}

/** 14:05 (local time) */
export function formatTime(value: string | Date | null | undefined): string {
  if (!value) return '—'
  const d = toDate(value)
  return d ? hourMinute(d) : String(value)
}

/** 14:05 on the clock of a time zone (the company's, for its working day), whatever the browser's. */
export function formatTimeIn(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return '—'
  const d = toDate(value)
  if (!d) return String(value)
  try {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(d)
  } catch {
    return hourMinute(d)
  }
}

/** 29 Nov, for labels where the year is plain from the context. */
export function formatDayMonth(value: Date): string {
  return `${value.getDate()} ${MONTHS[value.getMonth()]}`
}

/** YYYY-MM-DD of a local date, the form the API takes for dates. */
export function toIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—'
  const days = Math.floor(seconds / 86_400)
  const hours = Math.floor((seconds % 86_400) / 3600)
  if (days > 0) return `${days}d ${hours}h`
  const minutes = Math.floor((seconds % 3600) / 60)
  return hours > 0 ? `${hours}h ${minutes}m` : `${minutes}m`
}

/** field_visit -> Field visit */
export function humanize(value: string | null | undefined): string {
  if (!value) return '—'
  const text = value.replace(/[_-]+/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The same rule for Mantine's date pickers (dayjs tokens). */
export const DATE_INPUT_FORMAT = 'D MMM YYYY'
export const DATE_TIME_INPUT_FORMAT = 'D MMM YYYY, HH:mm'

/** Mantine pickers give local "YYYY-MM-DD HH:mm:ss"; the API wants an instant with offset. */
export function pickerToInstant(value: string | null | undefined): string | null {
  if (!value) return null
  const d = new Date(value.replace(' ', 'T'))
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}

export function instantToPicker(value: string | null | undefined): string | null {
  if (!value) return null
  const d = new Date(value)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:00`
}
