/**
 * Exact sums of decimal strings (money), without floats: values are scaled to
 * integers of 1/10^SCALE and added as BigInt. The API rounds; this only adds.
 */
const SCALE = 4
const FACTOR = 10n ** BigInt(SCALE)

function toScaled(value: string): bigint {
  const trimmed = value.trim()
  const negative = trimmed.startsWith('-')
  const [whole = '0', frac = ''] = trimmed.replace(/^[-+]/, '').split('.')
  if (!/^\d+$/.test(whole || '0') || !/^\d*$/.test(frac)) throw new Error(`Not a decimal: ${value}`)
  const scaled = BigInt(whole || '0') * FACTOR + BigInt((frac + '0'.repeat(SCALE)).slice(0, SCALE))
  return negative ? -scaled : scaled
}

function fromScaled(value: bigint): string {
  const negative = value < 0n
  const abs = negative ? -value : value
  const whole = abs / FACTOR
  const frac = (abs % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '')
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`
}

export function sumDecimals(values: readonly string[]): string {
  return fromScaled(values.reduce((acc, v) => acc + toScaled(v), 0n))
}

/** `a - b`, exactly (to 4 decimal places). */
export function subtractDecimals(a: string, b: string): string {
  return fromScaled(toScaled(a) - toScaled(b))
}

/** True when `value` reads as a decimal number (what the API accepts as a decimal string). */
export function isDecimal(value: string): boolean {
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value.trim())
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`, exactly (to 4 decimal places). */
export function compareDecimals(a: string, b: string): number {
  const diff = toScaled(a) - toScaled(b)
  return diff < 0n ? -1 : diff > 0n ? 1 : 0
}

/** "12.5000" -> "12.5", "10.00" -> "10", "10" -> "10": a decimal string without trailing zeros. */
export function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value
}

/** `value / by` for a whole divisor (an amount per customer), rounded half away from zero to 4 places. */
export function divideDecimal(value: string, by: number): string {
  if (!Number.isInteger(by) || by === 0) throw new Error(`Not a whole divisor: ${by}`)
  const scaled = toScaled(value) * 10n
  const quotient = scaled / BigInt(by)
  const negative = quotient < 0n
  const rounded = ((negative ? -quotient : quotient) + 5n) / 10n
  return fromScaled(negative ? -rounded : rounded)
}
