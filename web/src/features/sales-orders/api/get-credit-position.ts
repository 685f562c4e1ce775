import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type CreditPosition = Schema<'CreditPositionRead'>

export const creditPositionQueryOptions = (orderId: string) =>
  queryOptions({
    queryKey: ['sales-orders', 'credit', orderId],
    queryFn: () => unwrap(api.GET('/api/v1/sales-orders/{sales_order_id}/credit', { params: { path: { sales_order_id: orderId } } })),
  })

/** The order against its customer's credit limit, as a confirm would compare them now (decision 0025). */
export function useCreditPosition(orderId: string, enabled = true) {
  return useQuery({ ...creditPositionQueryOptions(orderId), enabled })
}
