import { Badge, Stack, Text, Tooltip } from '@mantine/core'
import { formatDateTime } from '@/lib/format'
import type { Webhook } from '../api/webhooks'

type State = 'enabled' | 'paused' | 'disabled'

/** Enabled; paused by an admin; or disabled after deliveries failed in a row (it says why). */
export function webhookState(webhook: Pick<Webhook, 'is_enabled' | 'disabled_at'>): State {
  if (webhook.is_enabled) return 'enabled'
  return webhook.disabled_at ? 'disabled' : 'paused'
}

const LABELS: Record<State, { label: string; color: string }> = {
  enabled: { label: 'Enabled', color: 'green' },
  paused: { label: 'Paused', color: 'gray' },
  disabled: { label: 'Disabled after failures', color: 'red' },
}

export function WebhookStateBadge({ webhook }: { webhook: Webhook }) {
  const state = webhookState(webhook)
  const badge = (
    <Badge variant="dot" color={LABELS[state].color}>
      {LABELS[state].label}
    </Badge>
  )
  return state === 'disabled' && webhook.disabled_reason ? (
    <Tooltip label={webhook.disabled_reason} multiline w={280}>
      {badge}
    </Tooltip>
  ) : (
    badge
  )
}

/** The last deliveries' outcome: how many were given up in a row (every attempt failed), the last success and failure. */
export function WebhookHealth({ webhook }: { webhook: Webhook }) {
  const failing = webhook.consecutive_failures > 0
  return (
    <Stack gap={2}>
      <Text size="sm" c={failing ? 'red.8' : undefined} fw={failing ? 600 : undefined} title="Deliveries whose every attempt failed, since the last success (too many in a row disable the webhook)">
        {webhook.consecutive_failures} given up in a row
      </Text>
      <Text size="xs" c="dimmed">
        Last success {webhook.last_success_at ? formatDateTime(webhook.last_success_at) : 'never'}
      </Text>
      {webhook.last_failure_at ? (
        <Text size="xs" c="dimmed">
          Last failure {formatDateTime(webhook.last_failure_at)}
        </Text>
      ) : null}
      {webhookState(webhook) === 'disabled' && webhook.disabled_reason ? (
        <Text size="xs" c="red.8">
          {webhook.disabled_reason}
        </Text>
      ) : null}
    </Stack>
  )
}
