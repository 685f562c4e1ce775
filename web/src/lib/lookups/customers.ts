import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'

/** Name search over the customers the caller may see, for pickers in any form. */
export const customerSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['customers', 'search', q],
    queryFn: () => unwrap(api.GET('/api/v1/customers', { params: { query: { q: q || undefined, limit: 20 } } })),
    select: (page) => page.items.map((c) => ({ value: c.id, label: c.name })),
    placeholderData: keepPreviousData,
  })

export function useCustomerSearch(q: string) {
  return useQuery(customerSearchQueryOptions(q))
}

export function useCustomerName(id: string | null | undefined) {
  return useQuery({
    queryKey: ['customers', 'name', id],
    queryFn: () => unwrap(api.GET('/api/v1/customers/{customer_id}', { params: { path: { customer_id: id ?? '' } } })),
    select: (c) => c.name,
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  })
}
