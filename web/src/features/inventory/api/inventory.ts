import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema, SortOf } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Warehouse = Schema<'WarehouseRead'>
export type WarehouseCreate = Schema<'WarehouseCreate'>
export type WarehouseUpdate = Schema<'WarehouseUpdate'>
export type StockLevel = Schema<'StockLevelRead'>
export type StockMove = Schema<'StockMoveRead'>
export type MoveKind = Schema<'MoveKind'>
export type StockAdjustmentCreate = Schema<'StockAdjustmentCreate'>

/** Every warehouse (a short list), active or not; `code` and `name` label the stock pages. */
export function useWarehouses() {
  return useQuery({
    queryKey: ['warehouses'],
    queryFn: () => unwrap(api.GET('/api/v1/warehouses', { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  })
}

export function warehouseLabel(warehouses: Warehouse[] | undefined, id: string): string {
  const w = warehouses?.find((x) => x.id === id)
  return w ? `${w.code} · ${w.name}` : '…'
}

/** Creates with the dialog's intent key, or PATCHes with If-Match. */
export function useSaveWarehouse() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: WarehouseCreate; key: string } | { id: string; etag: string; update: WarehouseUpdate }) =>
      'create' in args
        ? unwrapVersioned(api.POST('/api/v1/warehouses', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrapVersioned(
            api.PATCH('/api/v1/warehouses/{warehouse_id}', { params: { path: { warehouse_id: args.id }, header: { 'If-Match': args.etag } }, body: args.update }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['warehouses'] }),
  })
}

export type StockFilters = { warehouse_id?: string; group_id?: string; below_reorder?: string; product_id?: string; sort?: string }

export function useStockLevels(filters: StockFilters) {
  const query = compact({
    ...filters,
    below_reorder: filters.below_reorder === 'true' ? true : undefined,
    sort: filters.sort as SortOf<'/api/v1/stock'> | undefined,
  })
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['stock', 'levels', filters],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/stock', { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: nextCursor,
    }),
  )
}

/** A product's ledger, newest first: receipts, deliveries, adjustments and transfers (reservations are not moves). */
export function useStockMoves(filters: { product_id: string; warehouse_id?: string; kind?: string }) {
  const query = compact({ ...filters, kind: filters.kind as MoveKind | undefined })
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['stock', 'moves', filters],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/stock/moves', { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: nextCursor,
    }),
  )
}

/** A correction of what is on hand (positive or negative), with the dialog's intent key. */
export function useAdjustStock() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: StockAdjustmentCreate; key: string }) =>
      unwrap(api.POST('/api/v1/stock/adjustments', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stock'] }),
  })
}
