import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type CustomerFacets = Schema<'CustomerFacets'>
export type FacetValue = Schema<'FacetValue'>

/** The industries and segments of the customers the caller may see, with counts: the filters' pick lists. */
export const customerFacetsQueryOptions = (archived: boolean) =>
  queryOptions({
    queryKey: ['customers', 'facets', { archived }],
    queryFn: () => unwrap(api.GET('/api/v1/customers/facets', { params: { query: archived ? { archived: true } : {} } })),
    staleTime: 5 * 60_000,
  })

export function useCustomerFacets(archived: boolean) {
  return useQuery(customerFacetsQueryOptions(archived))
}
