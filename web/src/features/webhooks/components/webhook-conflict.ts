import type { ConflictSetup } from '@/components/forms/conflict-types'
import { getWebhook, useUpdateWebhook, type Webhook, type WebhookEventType, type WebhookUpdate } from '../api/webhooks'

export interface WebhookFormValues {
  url: string
  description: string
  event_types: WebhookEventType[]
  is_enabled: boolean
}

export function webhookToValues(webhook?: Webhook): WebhookFormValues {
  return {
    url: webhook?.url ?? '',
    description: webhook?.description ?? '',
    event_types: webhook?.event_types ?? [],
    is_enabled: webhook?.is_enabled ?? true,
  }
}

/** The fields as the request body carries them (the API keeps event types sorted). */
export function webhookComparable(v: WebhookFormValues) {
  return {
    url: v.url.trim(),
    description: v.description.trim() || null,
    event_types: [...v.event_types].sort(),
    is_enabled: v.is_enabled,
  }
}

/** How the webhook edit resolves a 412: its fields, labelled as in the form. */
export function useWebhookConflict(webhookId: string, onSaved: () => void): ConflictSetup<WebhookFormValues> {
  const save = useUpdateWebhook()
  return {
    fields: [
      { key: 'url', label: 'URL' },
      { key: 'event_types', label: 'Event types', format: (v) => (v as string[]).join(', ') },
      { key: 'description', label: 'Description' },
      { key: 'is_enabled', label: 'Deliveries', format: (v) => (v ? 'Enabled' : 'Paused') },
    ],
    comparable: webhookComparable,
    latest: async () => {
      const { data, etag } = await getWebhook(webhookId)
      return { values: webhookComparable(webhookToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ webhookId, etag, update: body as WebhookUpdate }),
    onSaved,
  }
}
