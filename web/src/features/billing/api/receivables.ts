import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type AgingReport = Schema<'AgingReport'>
export type AgingRow = Schema<'AgingRow'>
export type AgingTotal = Schema<'AgingCurrencyTotal'>
export type CustomerReceivables = Schema<'CustomerReceivables'>

export type AgingFilters = { as_of?: string; territory_id?: string; customer_id?: string }

export function useAging(filters: AgingFilters) {
  return useQuery(
    queryOptions({
      queryKey: ['receivables', 'aging', filters],
      queryFn: () => unwrap(api.GET('/api/v1/receivables/aging', { params: { query: compact(filters) } })),
    }),
  )
}

export function useCustomerReceivables(customerId: string, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ['receivables', 'customer', customerId],
      queryFn: () =>
        unwrap(api.GET('/api/v1/customers/{customer_id}/receivables', { params: { path: { customer_id: customerId } } })),
      enabled,
    }),
  )
}
