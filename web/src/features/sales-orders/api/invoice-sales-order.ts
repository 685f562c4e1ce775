import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type OrderInvoiceCreate = Schema<'SalesOrderInvoiceCreate'>
export type OrderInvoice = Schema<'InvoiceRead'>

/**
 * A draft invoice of the order (a milestone's amount left, or delivered quantities), sent
 * with the dialog's intent key so a retry replays the first answer. The answer is the
 * invoice as the server computed it. A refusal (409: billed meanwhile, another way, ...)
 * reloads the order and its invoices, so the page behind the dialog shows why.
 */
export function useInvoiceSalesOrder(orderId: string) {
  const queryClient = useQueryClient()
  const reload = () =>
    Promise.all(
      [['sales-orders', 'detail', orderId], ['invoices'], ['receivables']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    )
  return useMutation({
    mutationFn: ({ body, key }: { body: OrderInvoiceCreate; key: string }) =>
      unwrapVersioned(
        api.POST('/api/v1/sales-orders/{sales_order_id}/invoices', {
          params: { path: { sales_order_id: orderId } },
          headers: { 'Idempotency-Key': key },
          body,
        }),
      ),
    onSuccess: reload,
    onError: reload,
  })
}
