import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrapVersioned, type Versioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { SalesOrder } from './get-sales-orders'

export type SalesOrderCreate = Schema<'SalesOrderCreate'>
export type SalesOrderUpdate = Schema<'SalesOrderUpdate'>
export type MilestoneIn = Schema<'MilestoneIn'>

function useStore() {
  const queryClient = useQueryClient()
  return (saved: Versioned<SalesOrder>) => {
    queryClient.setQueryData(['sales-orders', 'detail', saved.data.id], saved)
    return queryClient.invalidateQueries({ queryKey: ['sales-orders', 'list'] })
  }
}

/** `key` is the form's intent key: saving again after a timeout is the same order. */
export function useCreateSalesOrder() {
  const store = useStore()
  return useMutation({
    mutationFn: ({ body, key }: { body: SalesOrderCreate; key: string }) =>
      unwrapVersioned(api.POST('/api/v1/sales-orders', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: store,
  })
}

/** PATCH a draft with the ETag it was loaded with: a stale one answers 412. */
export function useUpdateSalesOrder() {
  const store = useStore()
  return useMutation({
    mutationFn: ({ id, etag, body }: { id: string; etag: string; body: SalesOrderUpdate }) =>
      unwrapVersioned(
        api.PATCH('/api/v1/sales-orders/{sales_order_id}', { params: { path: { sales_order_id: id }, header: { 'If-Match': etag } }, body }),
      ),
    onSuccess: store,
  })
}

/** A new milestone plan replaces the old one (a draft or confirmed order of which nothing is invoiced). */
export function useReplaceMilestones() {
  const store = useStore()
  return useMutation({
    mutationFn: ({ id, etag, milestones }: { id: string; etag: string; milestones: MilestoneIn[] }) =>
      unwrapVersioned(
        api.PUT('/api/v1/sales-orders/{sales_order_id}/milestones', {
          params: { path: { sales_order_id: id }, header: { 'If-Match': etag } },
          body: { milestones },
        }),
      ),
    onSuccess: store,
  })
}

export type SalesOrderAction =
  | { action: 'confirm' | 'close' }
  | { action: 'approve_credit' }
  | { action: 'cancel'; reason: string | null }

function call(id: string, args: SalesOrderAction, key: string) {
  const params = { path: { sales_order_id: id } }
  const headers = { 'Idempotency-Key': key }
  switch (args.action) {
    case 'confirm':
      return api.POST('/api/v1/sales-orders/{sales_order_id}/confirm', { params, headers })
    case 'approve_credit':
      return api.POST('/api/v1/sales-orders/{sales_order_id}/confirm', { params, headers, body: { approve_credit: true } })
    case 'close':
      return api.POST('/api/v1/sales-orders/{sales_order_id}/close', { params, headers })
    case 'cancel':
      return api.POST('/api/v1/sales-orders/{sales_order_id}/cancel', { params, headers, body: { reason: args.reason } })
  }
}

/** One status action (confirm, cancel, close) with its intent key, so a retry replays. */
export function useSalesOrderAction(id: string) {
  const queryClient = useQueryClient()
  const store = useStore()
  return useMutation({
    mutationFn: ({ args, key }: { args: SalesOrderAction; key: string }) => unwrapVersioned(call(id, args, key)),
    onSuccess: async (saved) => {
      await store(saved)
      // Confirming reserves stock and may raise procurement requests; confirming or
      // cancelling changes the customer's exposure, so every credit position is read again.
      await queryClient.invalidateQueries({ queryKey: ['sales-orders', 'credit'] })
      await queryClient.invalidateQueries({ queryKey: ['stock'] })
      await queryClient.invalidateQueries({ queryKey: ['procurement'] })
    },
  })
}
