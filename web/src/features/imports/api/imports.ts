import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapFile } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import type { FileFormat, InterchangeResource } from '@/lib/interchange'
import { saveFile } from '@/lib/list-tools/endpoints'
import { compact } from '@/lib/url-state'

export type Import = Schema<'ImportRead'>
export type ImportStatus = Schema<'ImportStatus'>
export type ImportCounts = Schema<'ImportCounts'>
export type ImportRow = Schema<'ImportRowRead'>
export type RowOutcome = Schema<'RowOutcome'>
export type RowProblem = Schema<'RowProblem'>
export type ImportPhase = Schema<'Phase'>

// Each resource's import routes are made by one function of the API (app/imports/router.py),
// so all share the customers' shape: the calls are typed by those and aimed at the resource's.
const LIST = '/api/v1/customers/imports'
const ONE = '/api/v1/customers/imports/{import_id}'
const RUN = '/api/v1/customers/imports/{import_id}/run'
const ROWS = '/api/v1/customers/imports/{import_id}/rows'
const RESULT = '/api/v1/customers/imports/{import_id}/result'
const at = <P extends string>(resource: InterchangeResource, path: P) => path.replace('/customers/', `${resource.path}/`) as P

/** The import is being worked on by the job worker: its page follows it. */
export const isImportBusy = (status: ImportStatus) => ['dry_run_queued', 'dry_running', 'queued', 'running'].includes(status)
const POLL_MS = 1000

export const importsQueryOptions = (resource: InterchangeResource) =>
  infiniteQueryOptions({
    queryKey: ['imports', resource.name, 'list'],
    queryFn: ({ pageParam }) => unwrap(api.GET(at(resource, LIST), { params: { query: compact({ limit: PAGE_SIZE, cursor: pageParam }) } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    // While any import shown runs, the list follows its progress.
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some((i) => isImportBusy(i.status))) ? POLL_MS * 2 : false),
  })

export function useImports(resource: InterchangeResource) {
  return useInfiniteQuery(importsQueryOptions(resource))
}

export const importQueryOptions = (resource: InterchangeResource, importId: string) =>
  queryOptions({
    queryKey: ['imports', resource.name, 'detail', importId],
    queryFn: () => unwrap(api.GET(at(resource, ONE), { params: { path: { import_id: importId } } })),
    refetchInterval: (query) => (query.state.data && isImportBusy(query.state.data.status) ? POLL_MS : false),
  })

export function useImport(resource: InterchangeResource, importId: string) {
  return useQuery(importQueryOptions(resource, importId))
}

export interface ImportRowFilters {
  phase?: ImportPhase
  outcome?: RowOutcome
}

/**
 * The records' outcomes in file order, for the phase shown. `progress` (rows done so far)
 * is part of the key: the rows are read again as the job moves on.
 */
export const importRowsQueryOptions = (resource: InterchangeResource, importId: string, filters: ImportRowFilters, progress: string) =>
  infiniteQueryOptions({
    queryKey: ['imports', resource.name, 'rows', importId, filters, progress],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET(at(resource, ROWS), {
          params: {
            path: { import_id: importId },
            query: compact({ phase: filters.phase, outcome: filters.outcome, limit: 100, cursor: pageParam === undefined ? undefined : Number(pageParam) }),
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useImportRows(resource: InterchangeResource, importId: string, filters: ImportRowFilters, progress: string) {
  return useInfiniteQuery({ ...importRowsQueryOptions(resource, importId, filters, progress), placeholderData: (previous) => previous })
}

export interface ImportUpload {
  file: File
  /** true: a dry run first (then run it from its page); false: run at once. */
  dryRun: boolean
  /** Empty: the API tells it from the file's name or content. */
  format: FileFormat | null
}

/** Sends the file as the form the API reads (multipart: `file`, `dry_run`, `format`). */
export function useUploadImport(resource: InterchangeResource) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, dryRun, format }: ImportUpload) =>
      unwrap(
        api.POST(at(resource, LIST), {
          // The generated type calls the file a string; the form carries the File itself.
          body: { file: file as unknown as string, dry_run: dryRun, format },
          bodySerializer: () => {
            const form = new FormData()
            form.append('file', file, file.name)
            form.append('dry_run', String(dryRun))
            if (format) form.append('format', format)
            return form
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['imports', resource.name, 'list'] }),
  })
}

/** Applies a dry-run import (the API answers 409 unless its dry run is done). */
export function useRunImport(resource: InterchangeResource) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (importId: string) => unwrap(api.POST(at(resource, RUN), { params: { path: { import_id: importId } } })),
    onSuccess: (found) => {
      queryClient.setQueryData(importQueryOptions(resource, found.id).queryKey, found)
      return queryClient.invalidateQueries({ queryKey: ['imports', resource.name] })
    },
  })
}

/** Downloads every record's outcome of a phase, as CSV or JSON. */
export function useDownloadImportResult(resource: InterchangeResource) {
  return useMutation({
    mutationFn: (args: { importId: string; phase: ImportPhase; format: Schema<'ResultFormat'> }) =>
      unwrapFile(
        api.GET(at(resource, RESULT), {
          params: { path: { import_id: args.importId }, query: { phase: args.phase, format: args.format } },
          parseAs: 'blob',
        }),
        `${resource.name}-import-${args.importId}.${args.format}`,
      ),
    onSuccess: saveFile,
  })
}
