import type { Schema } from '@/lib/api/types'
import { changedValues } from '@/lib/three-way-merge'

type AddressIn = Schema<'AddressIn'>
type CustomerRead = Schema<'CustomerRead'>
type CustomerCreate = Schema<'CustomerCreate'>
type CustomerUpdate = Schema<'CustomerUpdate'>

export interface AddressValues {
  kind: AddressIn['kind']
  line1: string
  line2: string
  city: string
  state: string
  postal_code: string
  country: string
  latitude: number | string
  longitude: number | string
}

/** What the form edits: text inputs hold strings, the API body is built from them. */
export interface CustomerFormValues {
  name: string
  legal_name: string
  tax_id: string
  industry: string
  segment_tags: string[]
  rating: number
  email: string
  phone: string
  website: string
  credit_limit: string
  currency: string
  payment_terms_days: number | string
  territory_id: string | null
  owner_id: string | null
  external_id: string
  email_opt_in: boolean
  sms_opt_in: boolean
  notes: string
  addresses: AddressValues[]
}

export const emptyAddress = (kind: AddressIn['kind'] = 'billing'): AddressValues => ({
  kind,
  line1: '',
  line2: '',
  city: '',
  state: '',
  postal_code: '',
  country: 'IN',
  latitude: '',
  longitude: '',
})

export const emptyCustomer = (): CustomerFormValues => ({
  name: '',
  legal_name: '',
  tax_id: '',
  industry: '',
  segment_tags: [],
  rating: 0,
  email: '',
  phone: '',
  website: '',
  credit_limit: '0',
  currency: 'INR',
  payment_terms_days: 30,
  territory_id: null,
  owner_id: null,
  external_id: '',
  email_opt_in: false,
  sms_opt_in: false,
  notes: '',
  addresses: [emptyAddress('billing')],
})

export function customerToValues(c: CustomerRead): CustomerFormValues {
  return {
    name: c.name,
    legal_name: c.legal_name ?? '',
    tax_id: c.tax_id ?? '',
    industry: c.industry ?? '',
    segment_tags: c.segment_tags,
    rating: c.rating ?? 0,
    email: c.email ?? '',
    phone: c.phone ?? '',
    website: c.website ?? '',
    credit_limit: c.credit_limit,
    currency: c.currency,
    payment_terms_days: c.payment_terms_days,
    territory_id: c.territory_id,
    owner_id: c.owner_id,
    external_id: c.external_id ?? '',
    email_opt_in: c.email_opt_in,
    sms_opt_in: c.sms_opt_in,
    notes: c.notes ?? '',
    addresses: c.addresses.map((a) => ({
      kind: a.kind,
      line1: a.line1,
      line2: a.line2 ?? '',
      city: a.city,
      state: a.state ?? '',
      postal_code: a.postal_code ?? '',
      country: a.country,
      latitude: a.latitude ?? '',
      longitude: a.longitude ?? '',
    })),
  }
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim())
const num = (v: number | string): number | null => (v === '' || v === null ? null : Number(v))

function addressBody(a: AddressValues): AddressIn {
  return {
    kind: a.kind,
    line1: a.line1.trim(),
    line2: text(a.line2),
    city: a.city.trim(),
    state: text(a.state),
    postal_code: text(a.postal_code),
    country: a.country.trim().toUpperCase() || 'IN',
    latitude: num(a.latitude),
    longitude: num(a.longitude),
  }
}

function fieldsBody(v: CustomerFormValues) {
  return {
    name: v.name.trim(),
    legal_name: text(v.legal_name),
    tax_id: text(v.tax_id.toUpperCase()),
    industry: text(v.industry),
    segment_tags: v.segment_tags,
    rating: v.rating > 0 ? v.rating : null,
    email: text(v.email),
    phone: text(v.phone),
    website: text(v.website),
    // Sent as the decimal string typed: money never passes through a float.
    credit_limit: text(v.credit_limit) ?? '0',
    currency: v.currency,
    payment_terms_days: num(v.payment_terms_days),
    territory_id: v.territory_id,
    external_id: text(v.external_id),
    email_opt_in: v.email_opt_in,
    sms_opt_in: v.sms_opt_in,
    notes: text(v.notes),
    addresses: v.addresses.map(addressBody),
  }
}

export function toCreateBody(v: CustomerFormValues): CustomerCreate {
  return { ...fieldsBody(v), owner_id: v.owner_id }
}

/** Every editable field as a PATCH body carries it: what an edit and its conflicts compare. */
export function customerComparable(v: CustomerFormValues): Record<string, unknown> {
  return { ...fieldsBody(v), owner_id: v.owner_id }
}

/** Only what changed, so a PATCH never overwrites a field the user did not touch. */
export function toUpdateBody(v: CustomerFormValues, initial: CustomerFormValues): CustomerUpdate {
  return changedValues(customerComparable(initial), customerComparable(v)) as CustomerUpdate
}

export function validateCreditLimit(value: string): string | null {
  return /^\d{1,14}(\.\d{1,4})?$/.test(value.trim()) ? null : 'Enter an amount like 250000 or 250000.50'
}
