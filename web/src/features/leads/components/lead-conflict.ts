import type { ConflictSetup } from '@/components/forms/conflict-types'
import { formatMoney } from '@/lib/format'
import { getLead } from '../api/get-lead'
import type { Lead } from '../api/get-leads'
import { useUpdateLead, type LeadUpdate } from '../api/lead-actions'

export const LEAD_EDIT_FIELDS = [
  'person_name',
  'job_title',
  'company_name',
  'email',
  'phone',
  'industry',
  'product_interest',
  'estimated_value',
  'notes',
] as const
export type LeadEditField = (typeof LEAD_EDIT_FIELDS)[number]
export type LeadEditValues = Record<LeadEditField, string>

export function leadToEditValues(lead: Lead): LeadEditValues {
  return Object.fromEntries(LEAD_EDIT_FIELDS.map((f) => [f, lead[f] ?? ''])) as LeadEditValues
}

/** The fields as the PATCH body carries them: trimmed, null for empty. */
export function leadComparable(v: LeadEditValues): Record<LeadEditField, string | null> {
  return Object.fromEntries(LEAD_EDIT_FIELDS.map((f) => [f, v[f].trim() || null])) as Record<LeadEditField, string | null>
}

/** How the lead edit resolves a 412: its fields, labelled as in the form. */
export function useLeadConflict(lead: Lead, onSaved: () => void): ConflictSetup<LeadEditValues> {
  const update = useUpdateLead(lead.id)
  return {
    fields: [
      { key: 'person_name', label: 'Person' },
      { key: 'job_title', label: 'Job title' },
      { key: 'company_name', label: 'Company' },
      { key: 'email', label: 'Email' },
      { key: 'phone', label: 'Phone' },
      { key: 'industry', label: 'Industry' },
      { key: 'product_interest', label: 'Product interest' },
      { key: 'estimated_value', label: 'Estimated value', format: (v) => formatMoney(String(v), lead.currency) },
      { key: 'notes', label: 'Notes' },
    ],
    comparable: leadComparable,
    latest: async () => {
      const { data, etag } = await getLead(lead.id)
      return { values: leadComparable(leadToEditValues(data as Lead)), etag }
    },
    save: (body, etag) => update.mutateAsync({ etag, body: body as LeadUpdate }),
    onSaved,
  }
}
