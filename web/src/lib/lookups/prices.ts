import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Price = Schema<'PriceRead'>

export interface PriceAsk {
  customer_id: string
  product_id: string
  quantity: string
  date?: string
  currency?: string
}

/** The price the price lists give a customer for a product and quantity, and the rule that gave it. */
export const priceQueryOptions = (ask: PriceAsk) =>
  queryOptions({
    queryKey: ['prices', ask],
    queryFn: () => unwrap(api.GET('/api/v1/prices', { params: { query: ask } })),
    staleTime: 60_000,
  })

export function usePrice(ask: PriceAsk | null) {
  return useQuery({ ...priceQueryOptions(ask ?? { customer_id: '', product_id: '', quantity: '1' }), enabled: Boolean(ask) })
}
