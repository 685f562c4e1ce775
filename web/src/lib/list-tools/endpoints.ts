import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { DownloadedFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type ListKey = Schema<'ListKey'>
export type ExportFormat = Schema<'ExportFormat'>
export type BulkResult = Schema<'BulkResult'>
export type BulkRowResult = Schema<'BulkRowResult'>

/** A list's filters as they stand in the URL (strings; absent when not set), `sort` included. */
export type ListFilters = Record<string, string | undefined>

/** What every bulk request carries; each action adds its own fields. */
export interface BulkRequest {
  action: string
  ids: string[]
  [field: string]: unknown
}

/**
 * The calls of one list's tools (0012): count, export and bulk take the list's
 * own filters, converted to the API's query by the same function as the list's
 * pages, so the count, the file and the page always select the same rows.
 */
export interface ListEndpoints<F extends ListFilters = ListFilters> {
  listKey: ListKey
  count: (filters: F) => Promise<{ count: number }>
  exportFile: (filters: F, format: ExportFormat) => Promise<DownloadedFile>
  bulk: (body: BulkRequest, idempotencyKey: string) => Promise<BulkResult>
}

/** The filters without `sort`: the count does not depend on the order. */
export function countFilters(filters: ListFilters): ListFilters {
  const { sort: _sort, ...rest } = filters
  return compact(rest) as ListFilters
}

/** How many rows the filters select; asked for alongside the first page, with the same filters. */
export function useListCount<F extends ListFilters>(endpoints: ListEndpoints<F>, filters: F) {
  const key = countFilters(filters)
  return useQuery({
    queryKey: [endpoints.listKey, 'count', key],
    queryFn: () => endpoints.count(key as F),
  })
}

/** Hands a downloaded file to the browser as a download, through an object URL. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the download; the URL is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Downloads the list's rows as a file (with the bearer token), one format at a time. */
export function useExportList<F extends ListFilters>(endpoints: ListEndpoints<F>, filters: F) {
  const [pending, setPending] = useState<ExportFormat | null>(null)
  const mutation = useMutation({
    mutationFn: (format: ExportFormat) => endpoints.exportFile(filters, format),
    onMutate: (format) => setPending(format),
    onSuccess: saveFile,
    onSettled: () => setPending(null),
  })
  return { ...mutation, pending }
}

/** One bulk action; afterwards every query of the list (pages, count) is fetched again. */
export function useBulkAction(endpoints: Pick<ListEndpoints, 'listKey' | 'bulk'>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: BulkRequest; key: string }) => endpoints.bulk(body, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [endpoints.listKey] }),
  })
}
