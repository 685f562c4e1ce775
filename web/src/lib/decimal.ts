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
