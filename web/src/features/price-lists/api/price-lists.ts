import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'

export type PriceList = Schema<'PriceListRead'>
export type PriceListCreate = Schema<'PriceListCreate'>
export type PriceListUpdate = Schema<'PriceListUpdate'>
export type PriceListLine = Schema<'PriceListLineRead'>
export type PriceListLineCreate = Schema<'PriceListLineCreate'>

export const priceListsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['price-lists', 'list'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/price-lists', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function usePriceLists() {
  return useInfiniteQuery(priceListsQueryOptions())
}

export const getPriceList = (id: string) =>
  unwrapVersioned(api.GET('/api/v1/price-lists/{price_list_id}', { params: { path: { price_list_id: id } } }))

export function usePriceList(id: string) {
  return useQuery(queryOptions({ queryKey: ['price-lists', 'detail', id], queryFn: () => getPriceList(id) }))
}

export const priceListLinesQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: ['price-lists', 'lines', id],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/price-lists/{price_list_id}/lines', { params: { path: { price_list_id: id }, query: { limit: 200, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function usePriceListLines(id: string) {
  return useInfiniteQuery(priceListLinesQueryOptions(id))
}

export function useSavePriceList() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: PriceListCreate; key: string } | { id: string; etag: string; update: PriceListUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/price-lists', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/price-lists/{price_list_id}', {
              params: { path: { price_list_id: args.id }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['price-lists'] }),
  })
}

type LineArgs =
  | { create: PriceListLineCreate; key: string }
  | { lineId: string; etag: string; update: { min_quantity?: string; unit_price?: string } }
  | { lineId: string; etag: string; remove: true }

/** Adds, changes or removes one item (a product's price from a quantity) of a price list. */
export function useSavePriceListLine(priceListId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (args: LineArgs) => {
      const path = { price_list_id: priceListId }
      if ('create' in args) return unwrap(api.POST('/api/v1/price-lists/{price_list_id}/lines', { params: { path }, body: args.create, headers: { 'Idempotency-Key': args.key } }))
      const params = { path: { ...path, line_id: args.lineId }, header: { 'If-Match': args.etag } }
      if ('remove' in args) return unwrap(api.DELETE('/api/v1/price-lists/{price_list_id}/lines/{line_id}', { params }))
      return unwrap(api.PATCH('/api/v1/price-lists/{price_list_id}/lines/{line_id}', { params, body: args.update }))
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['price-lists', 'lines', priceListId] }),
  })
}
