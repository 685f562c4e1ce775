import type { LeadCreate } from '../api/create-lead'
import type { LeadSource } from '../api/get-leads'

export interface LeadFormValues {
  person_name: string
  job_title: string
  company_name: string
  email: string
  phone: string
  tax_id: string
  industry: string
  source: LeadSource
  campaign_ref: string
  product_interest: string
  estimated_value: string
  currency: string
  notes: string
  owner_id: string | null
  address: { line1: string; city: string; state: string; postal_code: string; country: string }
}

export const emptyLead = (): LeadFormValues => ({
  person_name: '',
  job_title: '',
  company_name: '',
  email: '',
  phone: '',
  tax_id: '',
  industry: '',
  source: 'field_visit',
  campaign_ref: '',
  product_interest: '',
  estimated_value: '',
  currency: 'INR',
  notes: '',
  owner_id: null,
  address: { line1: '', city: '', state: '', postal_code: '', country: 'IN' },
})

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim())

export function toLeadCreate(v: LeadFormValues, allowDuplicate: boolean): LeadCreate {
  const a = v.address
  const hasAddress = [a.line1, a.city, a.state, a.postal_code].some((x) => x.trim() !== '')
  return {
    person_name: text(v.person_name),
    job_title: text(v.job_title),
    company_name: text(v.company_name),
    email: text(v.email),
    phone: text(v.phone),
    tax_id: text(v.tax_id.toUpperCase()),
    industry: text(v.industry),
    source: v.source,
    campaign_ref: text(v.campaign_ref),
    product_interest: text(v.product_interest),
    // The decimal string as typed: money never passes through a float.
    estimated_value: text(v.estimated_value),
    currency: v.currency,
    notes: text(v.notes),
    owner_id: v.owner_id,
    address: hasAddress
      ? { line1: text(a.line1), city: text(a.city), state: text(a.state), postal_code: text(a.postal_code), country: a.country || 'IN' }
      : null,
    allow_duplicate: allowDuplicate,
  }
}
