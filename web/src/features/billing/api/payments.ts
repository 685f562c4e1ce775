import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { invalidateBilling } from '@/features/billing/api/invoices'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Payment = Schema<'PaymentRead'>
export type PaymentCreate = Schema<'PaymentCreate'>
export type PaymentMethod = Schema<'PaymentMethod'>
export type AllocationIn = Schema<'AllocationIn'>

export type PaymentFilters = { customer_id?: string; method?: string; has_credit?: string }

export const paymentsQueryOptions = (filters: PaymentFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['payments', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/payments', {
          params: {
            query: {
              ...compact({
                customer_id: filters.customer_id,
                method: filters.method as PaymentMethod | undefined,
                has_credit: filters.has_credit === 'true' ? true : undefined,
              }),
              limit,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function usePayments(filters: PaymentFilters, limit = PAGE_SIZE) {
  return useInfiniteQuery(paymentsQueryOptions(filters, limit))
}

export function usePayment(paymentId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['payments', 'detail', paymentId],
      queryFn: () => unwrapVersioned(api.GET('/api/v1/payments/{payment_id}', { params: { path: { payment_id: paymentId } } })),
    }),
  )
}

/** `key` is the form's intent key: recording again after a timeout is the same payment. */
export function useRecordPayment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: PaymentCreate; key: string }) =>
      unwrapVersioned(api.POST('/api/v1/payments', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['payments', 'detail', saved.data.id], saved)
      return invalidateBilling(queryClient)
    },
  })
}

export function useAllocatePayment(paymentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ allocations, key }: { allocations: AllocationIn[]; key: string }) =>
      unwrapVersioned(
        api.POST('/api/v1/payments/{payment_id}/allocations', {
          params: { path: { payment_id: paymentId } },
          headers: { 'Idempotency-Key': key },
          body: { allocations },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['payments', 'detail', saved.data.id], saved)
      return invalidateBilling(queryClient)
    },
  })
}
