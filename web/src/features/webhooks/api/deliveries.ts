import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'
import type { WebhookEventType } from './webhooks'

export type WebhookDelivery = Schema<'WebhookDeliveryRead'>
export type WebhookDeliveryDetail = Schema<'WebhookDeliveryDetail'>
export type WebhookAttempt = Schema<'WebhookAttemptRead'>
export type DeliveryStatus = Schema<'WebhookDeliveryStatus'>

export interface DeliveryFilters {
  status?: string
  event_type?: string
}

export const deliveriesQueryOptions = (webhookId: string, filters: DeliveryFilters) =>
  infiniteQueryOptions({
    queryKey: ['webhooks', 'deliveries', webhookId, filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/webhooks/{webhook_id}/deliveries', {
          params: {
            path: { webhook_id: webhookId },
            query: compact({
              status: filters.status as DeliveryStatus | undefined,
              event_type: filters.event_type as WebhookEventType | undefined,
              limit: PAGE_SIZE,
              cursor: pageParam,
            }),
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useDeliveries(webhookId: string, filters: DeliveryFilters) {
  return useInfiniteQuery(deliveriesQueryOptions(webhookId, filters))
}

export function useDelivery(webhookId: string, deliveryId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['webhooks', 'delivery', webhookId, deliveryId],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/webhooks/{webhook_id}/deliveries/{webhook_delivery_id}', {
            params: { path: { webhook_id: webhookId, webhook_delivery_id: deliveryId } },
          }),
        ),
    }),
  )
}

/** Sends one delivery's event again, as a new delivery; with an intent key, a double click queues it once. */
export function useReplayDelivery(webhookId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { deliveryId: string; key: string }) =>
      unwrap(
        api.POST('/api/v1/webhooks/{webhook_id}/deliveries/{webhook_delivery_id}/replay', {
          params: { path: { webhook_id: webhookId, webhook_delivery_id: args.deliveryId } },
          headers: { 'Idempotency-Key': args.key },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', webhookId] }),
  })
}

/** Queues again every event of the webhook's types in [since, until). */
export function useReplayRange(webhookId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { since: string; until: string; key: string }) =>
      unwrap(
        api.POST('/api/v1/webhooks/{webhook_id}/replay', {
          params: { path: { webhook_id: webhookId } },
          body: { since: args.since, until: args.until },
          headers: { 'Idempotency-Key': args.key },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', webhookId] }),
  })
}
