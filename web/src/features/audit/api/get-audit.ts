import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type AuditEntry = Schema<'AuditEntryRead'>

export interface AuditFilters {
  entity_type?: string
  entity_id?: string
  actor_id?: string
}

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/audit', { params: { query: compact({ ...filters, limit: PAGE_SIZE, cursor: pageParam }) } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(filters))
}
