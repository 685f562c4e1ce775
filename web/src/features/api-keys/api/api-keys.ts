import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type ApiKey = Schema<'ApiKeyRead'>
export type ApiKeySecret = Schema<'ApiKeySecret'>
export type ApiKeyCreate = Schema<'ApiKeyCreate'>
export type ApiScope = Schema<'ApiScope'>
export type RowScope = Schema<'RowScope'>

export interface ApiKeyFilters {
  /** 'false': only keys still in use; 'true': only revoked ones. */
  revoked?: string
}

export const apiKeysQueryOptions = (filters: ApiKeyFilters) =>
  infiniteQueryOptions({
    queryKey: ['api-keys', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/api-keys', {
          params: {
            query: compact({
              revoked: filters.revoked === undefined ? undefined : filters.revoked === 'true',
              limit: PAGE_SIZE,
              cursor: pageParam,
            }),
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useApiKeys(filters: ApiKeyFilters) {
  return useInfiniteQuery(apiKeysQueryOptions(filters))
}

/**
 * Creating or rotating answers with the secret, the only time it is shown. The API
 * never stores these answers for an Idempotency-Key replay (it would keep the secret),
 * so none is sent: a retry makes another key.
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ApiKeyCreate) => unwrap(api.POST('/api/v1/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  })
}

export function useRotateApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { apiKeyId: string; graceMinutes: number }) =>
      unwrap(api.POST('/api/v1/api-keys/{api_key_id}/rotate', { params: { path: { api_key_id: args.apiKeyId } }, body: { grace_minutes: args.graceMinutes } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  })
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (apiKeyId: string) => unwrap(api.POST('/api/v1/api-keys/{api_key_id}/revoke', { params: { path: { api_key_id: apiKeyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  })
}
