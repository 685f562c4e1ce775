import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'

/** The customer's contacts and currency, for the builder's pickers. */
export function useCustomerForQuote(customerId: string | null) {
  return useQuery({
    queryKey: ['customers', 'detail-for-quote', customerId],
    queryFn: () => unwrap(api.GET('/api/v1/customers/{customer_id}', { params: { path: { customer_id: customerId ?? '' } } })),
    enabled: Boolean(customerId),
  })
}

/** The customer's deals, for linking a quote to one. */
export function useCustomerDealsForQuote(customerId: string | null) {
  return useQuery({
    queryKey: ['opportunities', 'for-quote', customerId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/opportunities', { params: { query: { customer_id: customerId ?? undefined, limit: 100 } } })),
    select: (page) => page.items,
    enabled: Boolean(customerId),
  })
}
