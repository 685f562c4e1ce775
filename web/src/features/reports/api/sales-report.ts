import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { saveFile } from '@/lib/list-tools/endpoints'
import { compact } from '@/lib/url-state'

export type SalesReport = Schema<'SalesReport'>
export type SalesRow = Schema<'SalesRow'>
export type Interval = Schema<'Interval'>
export type Dimension = Schema<'Dimension'>

export const SALES_REPORT_KEYS = ['from', 'to', 'interval', 'dimension', 'territory_id', 'team_id', 'engineer_id'] as const
export type SalesReportFilters = Partial<Record<(typeof SALES_REPORT_KEYS)[number], string>>

function reportQuery(filters: SalesReportFilters) {
  return compact({
    from: filters.from,
    to: filters.to,
    interval: filters.interval as Interval | undefined,
    dimension: filters.dimension as Dimension | undefined,
    territory_id: filters.territory_id,
    team_id: filters.team_id,
    engineer_id: filters.engineer_id,
  })
}

/** The sales report as JSON (default: this month and the eleven before it, by month). */
export function useSalesReport(filters: SalesReportFilters) {
  return useQuery(
    queryOptions({
      queryKey: ['reports', 'sales', filters],
      queryFn: () => unwrap(api.GET('/api/v1/reports/sales', { params: { query: reportQuery(filters) } })),
    }),
  )
}

/**
 * The same report's table as a CSV or XLSX file, fetched through the API client (a plain
 * link could not send the bearer token) and handed to the browser.
 */
export function useDownloadSalesReport(filters: SalesReportFilters) {
  return useMutation({
    mutationFn: (format: 'csv' | 'xlsx') =>
      unwrapFile(api.GET('/api/v1/reports/sales', { params: { query: { ...reportQuery(filters), format } }, parseAs: 'blob' }), `sales.${format}`),
    onSuccess: saveFile,
  })
}
