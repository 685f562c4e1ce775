import type { LeadSource, LeadStatus } from '../api/get-leads'

export const LEAD_SOURCES: { value: LeadSource; label: string }[] = [
  { value: 'field_visit', label: 'Field visit' },
  { value: 'referral', label: 'Referral' },
  { value: 'web', label: 'Web' },
  { value: 'trade_show', label: 'Trade show' },
  { value: 'cold_call', label: 'Cold call' },
  { value: 'campaign', label: 'Campaign' },
  { value: 'import', label: 'Import' },
]

export const LEAD_STATUSES: { value: LeadStatus; label: string; color: string }[] = [
  { value: 'new', label: 'New', color: 'blue' },
  { value: 'contacted', label: 'Contacted', color: 'cyan' },
  { value: 'qualified', label: 'Qualified', color: 'green' },
  { value: 'disqualified', label: 'Disqualified', color: 'gray' },
  { value: 'converted', label: 'Converted', color: 'violet' },
]

export const sourceLabel = (s: string) => LEAD_SOURCES.find((o) => o.value === s)?.label ?? s
export const statusOption = (s: string) => LEAD_STATUSES.find((o) => o.value === s) ?? { value: s, label: s, color: 'gray' }

export function scoreColor(score: number): string {
  return score >= 70 ? 'green' : score >= 40 ? 'yellow' : 'gray'
}
