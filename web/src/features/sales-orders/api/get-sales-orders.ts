import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type SalesOrder = Schema<'SalesOrderRead'>
export type SalesOrderLine = Schema<'SalesOrderLineRead'>
export type Milestone = Schema<'MilestoneRead'>
export type SalesOrderSummary = Schema<'SalesOrderSummaryRead'>
export type SalesOrderStatus = Schema<'SalesOrderStatus'>

export type SalesOrderFilters = {
  q?: string
  status?: string
  customer_id?: string
  opportunity_id?: string
  quote_id?: string
  sort?: string
}

function orderQuery(filters: SalesOrderFilters) {
  return compact({
    ...filters,
    status: filters.status as SalesOrderStatus | undefined,
    sort: filters.sort as SortOf<'/api/v1/sales-orders'> | undefined,
  })
}

export const salesOrdersQueryOptions = (filters: SalesOrderFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['sales-orders', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/sales-orders', { params: { query: { ...orderQuery(filters), limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

/** The orders the caller may see, newest first unless sorted otherwise. */
export function useSalesOrders(filters: SalesOrderFilters, limit = PAGE_SIZE, enabled = true) {
  return useInfiniteQuery({ ...salesOrdersQueryOptions(filters, limit), enabled })
}

/** The order as stored now, with its ETag. */
export const getSalesOrder = (id: string) =>
  unwrapVersioned(api.GET('/api/v1/sales-orders/{sales_order_id}', { params: { path: { sales_order_id: id } } }))

export const salesOrderQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['sales-orders', 'detail', id], queryFn: () => getSalesOrder(id) })

export function useSalesOrder(id: string) {
  return useQuery(salesOrderQueryOptions(id))
}
