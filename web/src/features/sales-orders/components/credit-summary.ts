import { compareDecimals, sumDecimals } from '@/lib/decimal'
import type { CreditPosition } from '../api/get-credit-position'

export type CreditSummary =
  | { checked: false; reason: string }
  | { checked: true; over: boolean; overBy: string; usedPercent: number; exposure: string; limit: string }

/**
 * What a head reads about an order against its customer's credit limit: not checked
 * (no limit, or the order is in another currency), or the exposure with how far it is
 * over. The server compares; this only words its figures.
 */
export function creditSummary(p: CreditPosition): CreditSummary {
  if (!p.is_checked || p.exposure == null) {
    return {
      checked: false,
      reason: compareDecimals(p.credit_limit, '0') <= 0 ? 'The customer has no credit limit.' : `Not checked: the order is not in the customer's currency (${p.currency}).`,
    }
  }
  const overBy = sumDecimals([p.exposure, `-${p.credit_limit}`])
  const used = (Number(p.exposure) / Number(p.credit_limit)) * 100
  return {
    checked: true,
    over: p.is_over_limit,
    overBy: compareDecimals(overBy, '0') > 0 ? overBy : '0',
    usedPercent: Math.round(used),
    exposure: p.exposure,
    limit: p.credit_limit,
  }
}
