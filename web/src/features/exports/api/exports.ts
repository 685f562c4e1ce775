import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapFile } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import type { FileFormat, InterchangeResource } from '@/lib/interchange'
import { saveFile } from '@/lib/list-tools/endpoints'
import { compact } from '@/lib/url-state'

export type Export = Schema<'ExportRead'>
export type ExportStatus = Schema<'ExportStatus'>

// Each resource's export routes are made by one function of the API (app/exports/router.py),
// so all share the customers' shape: the calls are typed by those and aimed at the resource's.
const LIST = '/api/v1/customers/exports'
const FILE = '/api/v1/customers/exports/{export_id}/file'
const at = <P extends string>(resource: InterchangeResource, path: P) => path.replace('/customers/', `${resource.path}/`) as P

export const isExportBusy = (status: ExportStatus) => status === 'queued' || status === 'running'

export const exportsQueryOptions = (resource: InterchangeResource) =>
  infiniteQueryOptions({
    queryKey: ['exports', resource.name, 'list'],
    queryFn: ({ pageParam }) => unwrap(api.GET(at(resource, LIST), { params: { query: compact({ limit: PAGE_SIZE, cursor: pageParam }) } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    // While an export shown is being written, the list follows its progress.
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some((e) => isExportBusy(e.status))) ? 1000 : false),
  })

export function useExports(resource: InterchangeResource) {
  return useInfiniteQuery(exportsQueryOptions(resource))
}

/** Queues an export of every record the caller may see, in the layout the resource's imports take. */
export function useCreateExport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ resource, format }: { resource: InterchangeResource; format: FileFormat }) => unwrap(api.POST(at(resource, LIST), { body: { format } })),
    onSuccess: (_made, { resource }) => queryClient.invalidateQueries({ queryKey: ['exports', resource.name, 'list'] }),
  })
}

/** Downloads an export's file once it is written (409 `exports.not_ready` before). */
export function useDownloadExport(resource: InterchangeResource) {
  return useMutation({
    mutationFn: (found: Export) =>
      unwrapFile(
        api.GET(at(resource, FILE), { params: { path: { export_id: found.id } }, parseAs: 'blob' }),
        found.filename ?? `${resource.name}-export.${found.file_format}`,
      ),
    onSuccess: saveFile,
  })
}
