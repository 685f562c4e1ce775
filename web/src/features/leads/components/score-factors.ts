import { formatMoneyShort } from '@/lib/format'
import type { Lead } from '../api/get-leads'
import { sourceLabel } from './lead-options'

export type ScoreFactor = Lead['score_factors'][number]

const DETAIL_LABELS: Record<string, string> = {
  email: 'email',
  phone: 'phone',
  company_name: 'company name',
  person_name: 'contact person',
  address: 'address',
  tax_id: 'GSTIN',
  industry: 'industry',
  product_interest: 'product interest',
  estimated_value: 'estimated value',
}

function listing(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function daysAgo(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
}

/** The API starts last_activity_at at the capture; only a later one is an activity. */
function wasWorkedOn(lead: Pick<Lead, 'last_activity_at' | 'captured_at'>): boolean {
  if (!lead.last_activity_at) return false
  return Date.parse(lead.last_activity_at) - Date.parse(lead.captured_at) > 60_000
}

/**
 * A scoring factor in words. The API's `reason` is written for logs
 * ("Source: field_visit", "Estimated value 1250000 INR >= 500000.00 INR",
 * "Details given: company_name, email"); the factor's kind and the lead say
 * the same for a person. An unknown kind keeps the API's text.
 */
export function describeScoreFactor(factor: ScoreFactor, lead: Lead): string {
  const reason = factor.reason
  switch (factor.factor) {
    case 'source':
      return `Source: ${sourceLabel(lead.source)}`
    case 'industry':
      return `Industry: ${lead.industry ?? reason.replace(/^Industry:\s*/, '')}`
    case 'value': {
      const threshold = /(?:>=|≥)\s*([\d.]+)/.exec(reason)?.[1]
      const value = formatMoneyShort(lead.estimated_value, lead.currency)
      return threshold ? `Estimated value ${value} (${formatMoneyShort(threshold, 'INR')} or more)` : `Estimated value ${value}`
    }
    case 'completeness': {
      const fields = reason
        .replace(/^Details given:\s*/, '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
      return `Details given: ${listing(fields.map((f) => DETAIL_LABELS[f] ?? f.replace(/_/g, ' ')))}`
    }
    case 'recent_activity': {
      const days = Number(/(\d+)\s+days?\s+ago/.exec(reason)?.[1] ?? NaN)
      const within = /within\s+(\d+)/.exec(reason)?.[1]
      const when = Number.isNaN(days) ? null : daysAgo(days)
      // A lead nobody has worked on yet counts from its capture: say so.
      const what = wasWorkedOn(lead) ? `Last activity ${when ?? 'recently'}` : `No activity yet, captured ${when ?? 'recently'}`
      return within ? `${what} (counts within ${within} days)` : what
    }
    default:
      return reason
  }
}
