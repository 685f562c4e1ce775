import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type ExpenseReportSummary = Schema<'ExpenseReportSummaryRead'>
export type ExpenseReport = Schema<'ExpenseReportRead'>
export type ExpenseReportDetail = Schema<'ExpenseReportDetail'>
export type ExpenseLine = Schema<'ExpenseLineRead'>
export type ExpenseStatus = Schema<'ExpenseStatus'>
export type ExpenseCategory = Schema<'ExpenseCategory'>
export type ExpenseDecision = Schema<'ExpenseDecision'>
export type Reimbursement = Schema<'Reimbursement'>

export type ExpenseReportFilters = { status?: string; owner_id?: string }

export const expenseReportsQueryOptions = (filters: ExpenseReportFilters, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['expenses', 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/expense-reports', {
          params: {
            query: {
              ...compact({ status: filters.status as ExpenseStatus | undefined, owner_id: filters.owner_id }),
              limit,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

/** Reports the caller may see (own; a head's team; all for admins), newest first, with their figures. */
export function useExpenseReports(filters: ExpenseReportFilters, enabled = true) {
  return useInfiniteQuery({ ...expenseReportsQueryOptions(filters), enabled })
}

export const expenseReportQueryOptions = (reportId: string) =>
  queryOptions({
    queryKey: ['expenses', 'detail', reportId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/expense-reports/{expense_report_id}', { params: { path: { expense_report_id: reportId } } })),
  })

/** The report with its lines, its totals and its totals per category. */
export function useExpenseReport(reportId: string) {
  return useQuery(expenseReportQueryOptions(reportId))
}

function useRefreshExpenses() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['expenses'] })
}

/** Approve (the lines listed as rejected left out) or reject the whole report, with the dialog's intent key. */
export function useDecideExpenseReport(reportId: string) {
  const refresh = useRefreshExpenses()
  return useMutation({
    mutationFn: ({ body, key }: { body: ExpenseDecision; key: string }) =>
      unwrap(
        api.POST('/api/v1/expense-reports/{expense_report_id}/decide', {
          params: { path: { expense_report_id: reportId } },
          headers: { 'Idempotency-Key': key },
          body,
        }),
      ),
    onSuccess: refresh,
  })
}

/** An approved report is paid: the date and the payment's reference. */
export function useReimburseExpenseReport(reportId: string) {
  const refresh = useRefreshExpenses()
  return useMutation({
    mutationFn: ({ body, key }: { body: Reimbursement; key: string }) =>
      unwrap(
        api.POST('/api/v1/expense-reports/{expense_report_id}/reimburse', {
          params: { path: { expense_report_id: reportId } },
          headers: { 'Idempotency-Key': key },
          body,
        }),
      ),
    onSuccess: refresh,
  })
}
