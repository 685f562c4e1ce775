import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned, type Versioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Delivery = Schema<'DeliveryRead'>
export type DeliveryLine = Schema<'DeliveryLineRead'>
export type DeliveryStatus = Schema<'DeliveryStatus'>
export type DeliveryCreate = Schema<'DeliveryCreate'>
export type DeliveryPack = Schema<'DeliveryPack'>
export type DeliveryShip = Schema<'DeliveryShip'>
export type DeliveryDeliver = Schema<'DeliveryDeliver'>
/** The order a delivery is made from, as the order page has it. */
export type DeliverableOrder = Schema<'SalesOrderRead'>

export type DeliveryFilters = {
  q?: string
  status?: string
  sales_order_id?: string
  customer_id?: string
  sort?: string
}

function deliveryQuery(filters: DeliveryFilters) {
  return compact({
    ...filters,
    status: filters.status as DeliveryStatus | undefined,
    sort: filters.sort as SortOf<'/api/v1/deliveries'> | undefined,
  })
}

export const deliveriesQueryOptions = (filters: DeliveryFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['deliveries', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/deliveries', { params: { query: { ...deliveryQuery(filters), limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

/** The deliveries the caller may see (those of the orders they see), newest first unless sorted otherwise. */
export function useDeliveries(filters: DeliveryFilters, limit = PAGE_SIZE) {
  return useInfiniteQuery(deliveriesQueryOptions(filters, limit))
}

export const deliveryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['deliveries', 'detail', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/deliveries/{delivery_id}', { params: { path: { delivery_id: id } } })),
  })

/** The delivery as stored now, with the ETag its next step must send as If-Match. */
export function useDelivery(id: string) {
  return useQuery(deliveryQueryOptions(id))
}

/** A delivery moves its order (delivered quantities, status) and the stock (reserved, in transit). */
function useStore() {
  const queryClient = useQueryClient()
  return async (saved: Versioned<Delivery>) => {
    queryClient.setQueryData(['deliveries', 'detail', saved.data.id], saved)
    await Promise.all(
      [['deliveries', 'list'], ['sales-orders'], ['stock']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    )
  }
}

/** `key` is the dialog's intent key: sending again after a timeout is the same delivery. */
export function useCreateDelivery() {
  const store = useStore()
  return useMutation({
    mutationFn: ({ body, key }: { body: DeliveryCreate; key: string }) =>
      unwrapVersioned(api.POST('/api/v1/deliveries', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: store,
  })
}

export type DeliveryStep =
  | { step: 'pack'; body: DeliveryPack }
  | { step: 'ship'; body: DeliveryShip }
  | { step: 'deliver'; body: DeliveryDeliver }
  | { step: 'cancel'; body: { reason: string } }

function call(id: string, etag: string, args: DeliveryStep, key: string) {
  const params = { path: { delivery_id: id }, header: { 'If-Match': etag } }
  const headers = { 'Idempotency-Key': key }
  switch (args.step) {
    case 'pack':
      return api.POST('/api/v1/deliveries/{delivery_id}/pack', { params, headers, body: args.body })
    case 'ship':
      return api.POST('/api/v1/deliveries/{delivery_id}/ship', { params, headers, body: args.body })
    case 'deliver':
      return api.POST('/api/v1/deliveries/{delivery_id}/deliver', { params, headers, body: args.body })
    case 'cancel':
      return api.POST('/api/v1/deliveries/{delivery_id}/cancel', { params, headers, body: args.body })
  }
}

/**
 * One step of the delivery (pack, ship, deliver, cancel) with the ETag the page was
 * loaded with (someone who moved it meanwhile makes it a 412) and the form's intent key.
 */
export function useDeliveryStep(id: string) {
  const store = useStore()
  return useMutation({
    mutationFn: ({ args, etag, key }: { args: DeliveryStep; etag: string; key: string }) => unwrapVersioned(call(id, etag, args, key)),
    onSuccess: store,
  })
}
