import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { paths } from '@/lib/api/schema.gen'
import { saveFile } from '@/lib/list-tools/endpoints'
import { compact } from '@/lib/url-state'

/** Every report the API answers under /reports (the dashboard is elsewhere). */
export type ReportPath = Extract<keyof paths, `/api/v1/reports/${string}`>
/** A report's JSON answer, as its schema says. */
export type ReportData<P extends ReportPath> = paths[P]['get']['responses'][200]['content']['application/json']
/** The query a report page sends: its URL filters, as strings (the API parses and checks them). */
export type ReportQuery = Record<string, string | undefined>
export type ReportFileFormat = 'csv' | 'xlsx'

// The path is a type-level union here; openapi-fetch's per-path overloads would only
// repeat the same call once per report.
const getReport = (path: ReportPath, query: ReportQuery, init: { parseAs?: 'blob' } = {}) =>
  api.GET(path as '/api/v1/reports/sales', { params: { query: compact(query) as never }, ...init })

export function reportQueryOptions<P extends ReportPath>(path: P, query: ReportQuery) {
  return queryOptions({
    queryKey: ['reports', path.replace('/api/v1/reports/', ''), compact(query)],
    queryFn: () => unwrap(getReport(path, query)) as Promise<ReportData<P>>,
  })
}

/** A report as JSON; the last answer stays on screen while a changed filter loads. */
export function useReport<P extends ReportPath>(path: P, query: ReportQuery) {
  return useQuery({ ...reportQueryOptions(path, query), placeholderData: keepPreviousData })
}

/**
 * The same report's table as a CSV or XLSX file (`?format=`), fetched through the API
 * client (a plain link could not send the bearer token) and handed to the browser.
 */
export function useDownloadReport(path: ReportPath, query: ReportQuery, name: string) {
  return useMutation({
    mutationFn: (format: ReportFileFormat) => unwrapFile(getReport(path, { ...query, format }, { parseAs: 'blob' }), `${name}.${format}`),
    onSuccess: saveFile,
  })
}
