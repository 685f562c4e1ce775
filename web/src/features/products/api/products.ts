import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type ProductCreate = Schema<'ProductCreate'>
export type ProductUpdate = Schema<'ProductUpdate'>
export type ProductGroupCreate = Schema<'ProductGroupCreate'>
export type ProductGroupUpdate = Schema<'ProductGroupUpdate'>

export type ProductFilters = { q?: string; group_id?: string; active?: string }

export const productsQueryOptions = (filters: ProductFilters) =>
  infiniteQueryOptions({
    queryKey: ['products', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/products', {
          params: {
            query: {
              ...compact({ q: filters.q, group_id: filters.group_id }),
              active: filters.active === 'true' ? true : filters.active === 'false' ? false : undefined,
              limit: PAGE_SIZE,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useProducts(filters: ProductFilters) {
  return useInfiniteQuery(productsQueryOptions(filters))
}

/** One product as stored now, with its ETag. */
export const getProduct = (productId: string) =>
  unwrapVersioned(api.GET('/api/v1/products/{product_id}', { params: { path: { product_id: productId } } }))

export function useSaveProduct() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: ProductCreate; key: string } | { productId: string; etag: string; update: ProductUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/products', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/products/{product_id}', {
              params: { path: { product_id: args.productId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['products'] }),
  })
}

export const getProductGroup = (groupId: string) =>
  unwrapVersioned(api.GET('/api/v1/product-groups/{group_id}', { params: { path: { group_id: groupId } } }))

export function useSaveProductGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: ProductGroupCreate; key: string } | { groupId: string; etag: string; update: ProductGroupUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/product-groups', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/product-groups/{group_id}', {
              params: { path: { group_id: args.groupId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['product-groups'] }),
  })
}

export function useDeleteProductGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ groupId, etag }: { groupId: string; etag: string }) =>
      unwrap(api.DELETE('/api/v1/product-groups/{group_id}', { params: { path: { group_id: groupId }, header: { 'If-Match': etag } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['product-groups'] }),
  })
}
