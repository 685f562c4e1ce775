import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type InvoiceSummary = Schema<'InvoiceSummaryRead'>
export type Invoice = Schema<'InvoiceRead'>
export type InvoiceLine = Schema<'InvoiceLineRead'>
export type InvoiceStatus = Schema<'InvoiceStatus'>
export type InvoiceKind = Schema<'InvoiceKind'>
export type InvoiceCreate = Schema<'InvoiceCreate'>
export type CreditNoteCreate = Schema<'CreditNoteCreate'>

export type InvoiceFilters = {
  status?: string
  kind?: string
  customer_id?: string
  overdue?: string
  credited_invoice_id?: string
  /** The invoices made from one document (a sales order). */
  source_document_id?: string
  sort?: string
}

function invoiceQuery(filters: InvoiceFilters) {
  return compact({
    status: filters.status as InvoiceStatus | undefined,
    kind: filters.kind as InvoiceKind | undefined,
    customer_id: filters.customer_id,
    credited_invoice_id: filters.credited_invoice_id,
    source_document_id: filters.source_document_id,
    overdue: filters.overdue === 'true' ? true : undefined,
  })
}

export const invoicesQueryOptions = (filters: InvoiceFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['invoices', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/invoices', { params: { query: { ...invoiceQuery(filters), limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useInvoices(filters: InvoiceFilters, limit = PAGE_SIZE) {
  return useInfiniteQuery(invoicesQueryOptions(filters, limit))
}

/** The invoices made from one sales order: a handful, so one page of the server's largest. */
export function useOrderInvoices(orderId: string, enabled = true) {
  return useInfiniteQuery({ ...invoicesQueryOptions({ source_document_id: orderId }, 200), enabled })
}

export const invoiceQueryOptions = (invoiceId: string) =>
  queryOptions({
    queryKey: ['invoices', 'detail', invoiceId],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/invoices/{invoice_id}', { params: { path: { invoice_id: invoiceId } } })),
  })

export function useInvoice(invoiceId: string) {
  return useQuery(invoiceQueryOptions(invoiceId))
}

/**
 * Every money view moves when an invoice does: lists, receivables, payments' allocations,
 * and the sales orders (an order's invoice, once issued or credited, moves its milestones
 * or invoiced quantities).
 */
function invalidateBilling(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    [['invoices'], ['payments'], ['receivables'], ['sales-orders']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  )
}

export type InvoiceAction = { action: 'issue' } | { action: 'cancel' } | { action: 'credit'; body: CreditNoteCreate }

function call(invoiceId: string, args: InvoiceAction, key: string) {
  const params = { path: { invoice_id: invoiceId } }
  const headers = { 'Idempotency-Key': key }
  switch (args.action) {
    case 'issue':
      return api.POST('/api/v1/invoices/{invoice_id}/issue', { params, headers, body: null })
    case 'cancel':
      return api.POST('/api/v1/invoices/{invoice_id}/cancel', { params, headers })
    case 'credit':
      return api.POST('/api/v1/invoices/{invoice_id}/credit-notes', { params, headers, body: args.body })
  }
}

/** Issue, cancel a draft, or raise a credit note (the answer: the credit note), each with its intent key. */
export function useInvoiceAction(invoiceId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ args, key }: { args: InvoiceAction; key: string }) => unwrapVersioned(call(invoiceId, args, key)),
    onSuccess: (saved) => {
      queryClient.setQueryData(['invoices', 'detail', saved.data.id], saved)
      return invalidateBilling(queryClient)
    },
  })
}

export function useCreateInvoice() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: InvoiceCreate; key: string }) =>
      unwrapVersioned(api.POST('/api/v1/invoices', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['invoices', 'detail', saved.data.id], saved)
      return invalidateBilling(queryClient)
    },
  })
}

export { invalidateBilling }
