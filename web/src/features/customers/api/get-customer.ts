import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Customer = Schema<'CustomerRead'>
export type Contact = Schema<'ContactRead'>
export type Address = Schema<'AddressRead'>

/** The customer as stored now, with its ETag. */
export const getCustomer = (customerId: string) =>
  unwrapVersioned(api.GET('/api/v1/customers/{customer_id}', { params: { path: { customer_id: customerId } } }))

export const customerQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: ['customers', 'detail', customerId],
    queryFn: () => getCustomer(customerId),
  })

export function useCustomer(customerId: string) {
  return useQuery(customerQueryOptions(customerId))
}
