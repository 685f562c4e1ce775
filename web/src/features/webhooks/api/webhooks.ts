import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Webhook = Schema<'WebhookRead'>
export type WebhookSecret = Schema<'WebhookSecret'>
export type WebhookCreate = Schema<'WebhookCreate'>
export type WebhookUpdate = Schema<'WebhookUpdate'>
export type WebhookEventType = Schema<'WebhookEventType'>
export type WebhookEventTypeInfo = Schema<'WebhookEventTypeRead'>

export interface WebhookFilters {
  is_enabled?: string
}

export const webhooksQueryOptions = (filters: WebhookFilters) =>
  infiniteQueryOptions({
    queryKey: ['webhooks', 'list', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/webhooks', {
          params: {
            query: compact({
              is_enabled: filters.is_enabled === undefined ? undefined : filters.is_enabled === 'true',
              limit: PAGE_SIZE,
              cursor: pageParam,
            }),
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useWebhooks(filters: WebhookFilters) {
  return useInfiniteQuery(webhooksQueryOptions(filters))
}

/** One webhook as stored now, with its ETag (an edit sends it back as If-Match). */
export const getWebhook = (webhookId: string) => unwrapVersioned(api.GET('/api/v1/webhooks/{webhook_id}', { params: { path: { webhook_id: webhookId } } }))

export function useWebhook(webhookId: string) {
  return useQuery(queryOptions({ queryKey: ['webhooks', 'detail', webhookId], queryFn: () => getWebhook(webhookId) }))
}

/** The event types a webhook may subscribe to, with what each means (they change with the API only). */
export function useWebhookEventTypes() {
  return useQuery(
    queryOptions({
      queryKey: ['webhooks', 'event-types'],
      queryFn: () => unwrap(api.GET('/api/v1/webhooks/event-types')),
      staleTime: Infinity,
    }),
  )
}

/**
 * The answer holds the signing secret, shown this once. The API never stores it for an
 * Idempotency-Key replay, so none is sent: a retry makes another webhook.
 */
export function useCreateWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: WebhookCreate) => unwrap(api.POST('/api/v1/webhooks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] }),
  })
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { webhookId: string; etag: string; update: WebhookUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/webhooks/{webhook_id}', {
          params: { path: { webhook_id: args.webhookId }, header: { 'If-Match': args.etag } },
          body: args.update,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  })
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (webhookId: string) => unwrap(api.DELETE('/api/v1/webhooks/{webhook_id}', { params: { path: { webhook_id: webhookId } } })),
    onSuccess: (_data, webhookId) => {
      queryClient.removeQueries({ queryKey: ['webhooks', 'detail', webhookId] })
      return queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] })
    },
  })
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { webhookId: string; graceMinutes: number }) =>
      unwrap(
        api.POST('/api/v1/webhooks/{webhook_id}/rotate-secret', { params: { path: { webhook_id: args.webhookId } }, body: { grace_minutes: args.graceMinutes } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  })
}
