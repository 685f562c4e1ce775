import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type ProcurementRequest = Schema<'ProcurementRequestRead'>
export type ProcurementStatus = Schema<'ProcurementStatus'>
export type ProcurementOrder = Schema<'ProcurementOrder'>

export type ProcurementFilters = { q?: string; status?: string; warehouse_id?: string }

export function useProcurementRequests(filters: ProcurementFilters) {
  const query = compact({ ...filters, status: filters.status as ProcurementStatus | undefined })
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['procurement', 'list', filters],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/v1/procurement-requests', { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: nextCursor,
    }),
  )
}

export type ProcurementAction =
  | { action: 'order'; body: ProcurementOrder }
  | { action: 'receive'; quantity: string }
  | { action: 'cancel'; reason: string }

/**
 * Order, receive or cancel a request, with If-Match on the version the list showed
 * (a request someone else moved meanwhile answers 412) and the dialog's intent key.
 */
export function useProcurementAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ request, args, key }: { request: Pick<ProcurementRequest, 'id' | 'version'>; args: ProcurementAction; key: string }) => {
      const params = { path: { request_id: request.id }, header: { 'If-Match': ifMatch(request.version) } }
      const headers = { 'Idempotency-Key': key }
      switch (args.action) {
        case 'order':
          return unwrapVersioned(api.POST('/api/v1/procurement-requests/{request_id}/order', { params, headers, body: args.body }))
        case 'receive':
          return unwrapVersioned(api.POST('/api/v1/procurement-requests/{request_id}/receive', { params, headers, body: { quantity: args.quantity } }))
        case 'cancel':
          return unwrapVersioned(api.POST('/api/v1/procurement-requests/{request_id}/cancel', { params, headers, body: { reason: args.reason } }))
      }
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['procurement'] })
      await queryClient.invalidateQueries({ queryKey: ['stock'] })
    },
  })
}
