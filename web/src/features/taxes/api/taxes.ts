import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type TaxCategoryCreate = Schema<'TaxCategoryCreate'>
export type TaxCategoryUpdate = Schema<'TaxCategoryUpdate'>

export const getTaxCategory = (id: string) =>
  unwrapVersioned(api.GET('/api/v1/tax-categories/{tax_category_id}', { params: { path: { tax_category_id: id } } }))

export function useSaveTaxCategory() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: TaxCategoryCreate; key: string } | { id: string; etag: string; update: TaxCategoryUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/tax-categories', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/tax-categories/{tax_category_id}', {
              params: { path: { tax_category_id: args.id }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tax-categories'] }),
  })
}
