import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'

/** The warehouses, for the inventory report's filter (company data everyone may read). */
export function useWarehouseOptions() {
  return useQuery(
    queryOptions({
      queryKey: ['warehouses'],
      queryFn: () => unwrap(api.GET('/api/v1/warehouses', { params: { query: { limit: 200 } } })),
      select: (page) => page.items.map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` })),
      staleTime: 5 * 60_000,
    }),
  )
}
