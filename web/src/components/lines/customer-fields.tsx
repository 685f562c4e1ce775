import { Select } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { ReactNode } from 'react'
import { CustomerSelect } from '@/components/ui/customer-select'
import { useCustomerDealsForQuote, useCustomerForQuote } from '@/lib/lookups/customer-links'
import type { PricedLinesValues } from './use-line-pricing'

/** What a quote's or an order's form holds about whom it is for. */
export interface CustomerLinkValues extends PricedLinesValues {
  contact_id: string | null
  opportunity_id: string | null
}

interface CustomerFieldsProps<V extends CustomerLinkValues> {
  form: UseFormReturnType<V>
  /** An edit cannot move the document to another customer or currency. */
  isEdit?: boolean
  /** Another customer: the lines are priced again. */
  onCustomerChange: () => void
  /** Drawn between the deal and the currency (an order's PO). */
  children?: ReactNode
}

/**
 * The customer of a quote or an order, one of its contacts and deals (both
 * cleared when the customer changes), and the currency, the customer's unless
 * chosen.
 */
export function CustomerFields<V extends CustomerLinkValues>({ form: typed, isEdit, onCustomerChange, children }: CustomerFieldsProps<V>) {
  // Generic over the form's values; only these fields are read and written here.
  const form = typed as unknown as UseFormReturnType<CustomerLinkValues>
  const customerId = form.getValues().customer_id
  const customer = useCustomerForQuote(customerId)
  const deals = useCustomerDealsForQuote(customerId)
  const contacts = (customer.data?.contacts ?? []).map((c) => ({ value: c.id, label: c.name }))
  const dealOptions = (deals.data ?? []).map((o) => ({ value: o.id, label: o.title }))
  return (
    <>
      <CustomerSelect
        label="Customer"
        required
        disabled={isEdit}
        {...form.getInputProps('customer_id')}
        onChange={(v) => {
          form.setValues({ customer_id: v, contact_id: null, opportunity_id: null })
          onCustomerChange()
        }}
      />
      <Select label="Contact" placeholder="None" data={contacts} clearable searchable disabled={!customerId} {...form.getInputProps('contact_id')} />
      <Select label="Deal" placeholder="None" data={dealOptions} clearable searchable disabled={!customerId} {...form.getInputProps('opportunity_id')} />
      {children}
      <Select
        label="Currency"
        placeholder={customer.data?.currency ? `${customer.data.currency} (the customer's)` : "The customer's"}
        data={['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD']}
        clearable
        disabled={isEdit}
        {...form.getInputProps('currency')}
      />
    </>
  )
}
