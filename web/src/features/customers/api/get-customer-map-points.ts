import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'
import type { CustomerFilters } from './get-customers'

export type CustomerMapPoints = Schema<'CustomerMapPoints'>

export interface CustomerPoint {
  id: string
  label: string
  lat: number
  lng: number
}

/** The list's filters, without its order (the map shows them all). */
function mapFilters({ sort: _sort, ...filters }: CustomerFilters) {
  return filters
}

/** Every customer the list's filters select (not one page), as points; the API caps them and says so. */
export const customerMapPointsQueryOptions = (filters: CustomerFilters) =>
  queryOptions({
    queryKey: ['customers', 'map-points', mapFilters(filters)],
    queryFn: async ({ signal }) => {
      const { min_rating, archived, ...rest } = mapFilters(filters)
      const query = compact({ ...rest, min_rating: min_rating ? Number(min_rating) : undefined, archived: archived === 'true' ? true : undefined })
      const answer = await unwrap(api.GET('/api/v1/customers/map-points', { params: { query }, signal }))
      // Compact [id, name, lat, lng] tuples: 50,000 of them stay a few megabytes.
      const points = answer.points.map((point): CustomerPoint => {
        const [id, label, lat, lng] = point as [string, string, number, number]
        return { id, label, lat, lng }
      })
      return { points, truncated: answer.truncated, withoutCoordinates: answer.without_coordinates }
    },
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })

export function useCustomerMapPoints(filters: CustomerFilters) {
  return useQuery(customerMapPointsQueryOptions(filters))
}
