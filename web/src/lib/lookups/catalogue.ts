import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Product = Schema<'ProductRead'>
export type ProductGroup = Schema<'ProductGroupRead'>
export type TaxCategory = Schema<'TaxCategoryRead'>

/** Active products matching `q` (SKU or name), for pickers in any form. */
export const productSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['products', 'search', q],
    queryFn: () => unwrap(api.GET('/api/v1/products', { params: { query: { q: q || undefined, active: true, limit: 20 } } })),
    select: (page) => page.items,
    placeholderData: keepPreviousData,
  })

export function useProductSearch(q: string) {
  return useQuery(productSearchQueryOptions(q))
}

export function useProduct(id: string | null | undefined) {
  return useQuery({
    queryKey: ['products', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/products/{product_id}', { params: { path: { product_id: id ?? '' } } })),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  })
}

/** Every product group (a catalogue has tens, not thousands). */
export const productGroupsQueryOptions = () =>
  queryOptions({
    queryKey: ['product-groups', 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/product-groups', { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
    staleTime: 60_000,
  })

export function useProductGroups() {
  return useQuery(productGroupsQueryOptions())
}

/** Every tax category, inactive ones too (a product may still carry one). */
export const taxCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['tax-categories', 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/tax-categories', { params: { query: { limit: 200 } } })),
    select: (page) => page.items,
    staleTime: 60_000,
  })

export function useTaxCategories() {
  return useQuery(taxCategoriesQueryOptions())
}

export function groupName(groups: ProductGroup[] | undefined, id: string | null | undefined): string {
  if (!id) return '—'
  return groups?.find((g) => g.id === id)?.name ?? '…'
}

export function taxCategoryName(categories: TaxCategory[] | undefined, id: string | null | undefined): string {
  if (!id) return '—'
  return categories?.find((c) => c.id === id)?.name ?? '…'
}
