import type { ConflictSetup } from '@/components/forms/conflict-types'
import type { Schema } from '@/lib/api/types'
import { formatMoney, humanize } from '@/lib/format'
import { territoryName, useTerritories } from '@/lib/lookups/territories'
import { personName, usePeople } from '@/lib/lookups/users'
import { getCustomer } from '../api/get-customer'
import { useUpdateCustomer, type CustomerUpdate } from '../api/save-customer'
import { customerComparable, customerToValues, type CustomerFormValues } from './customer-form-values'

type AddressIn = Schema<'AddressIn'>

function addressLine(a: AddressIn): string {
  const place = [a.line1, a.line2, a.city, [a.state, a.postal_code].filter(Boolean).join(' '), a.country]
  return `${humanize(a.kind)}: ${place.filter(Boolean).join(', ')}`
}

/** How the customer edit resolves a 412: its fields, labelled as in the form, references by name. */
export function useCustomerConflict(customerId: string, onSaved: () => void): ConflictSetup<CustomerFormValues> {
  const update = useUpdateCustomer()
  const people = usePeople()
  const territories = useTerritories()
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'legal_name', label: 'Legal name' },
      { key: 'tax_id', label: 'GSTIN' },
      { key: 'industry', label: 'Industry' },
      { key: 'segment_tags', label: 'Segments' },
      { key: 'rating', label: 'Rating', format: (v) => `${String(v)} of 5` },
      { key: 'external_id', label: 'External ERP id' },
      { key: 'territory_id', label: 'Territory', format: (v) => territoryName(territories.data, String(v)) },
      { key: 'owner_id', label: 'Owner', format: (v) => personName(people.data, String(v)) },
      { key: 'email', label: 'Email' },
      { key: 'phone', label: 'Phone' },
      { key: 'website', label: 'Website' },
      { key: 'credit_limit', label: 'Credit limit', format: (v, record) => formatMoney(String(v), String(record.currency)) },
      { key: 'currency', label: 'Currency' },
      { key: 'payment_terms_days', label: 'Payment terms', format: (v) => `${String(v)} days` },
      { key: 'email_opt_in', label: 'Agrees to receive email' },
      { key: 'sms_opt_in', label: 'Agrees to receive SMS' },
      { key: 'notes', label: 'Notes' },
      { key: 'addresses', label: 'Addresses', format: (v) => (v as AddressIn[]).map(addressLine).join('\n') },
    ],
    comparable: customerComparable,
    latest: async () => {
      const { data, etag } = await getCustomer(customerId)
      return { values: customerComparable(customerToValues(data)), etag }
    },
    save: (body, etag) => update.mutateAsync({ customerId, etag, body: body as CustomerUpdate }),
    onSaved,
  }
}
