import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { Link, useNavigate, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useWebhook } from '@/features/webhooks/api/webhooks'
import { DELIVERY_FILTER_KEYS, DeliveryLog } from '@/features/webhooks/components/delivery-log'
import { WebhookActions } from '@/features/webhooks/components/webhook-actions'
import { WebhookHealth, WebhookStateBadge } from '@/features/webhooks/components/webhook-health'
import { formatDateTime } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const { webhookId = '' } = useParams()
  const query = useWebhook(webhookId)
  const navigate = useNavigate()
  const [filters, setFilters] = useUrlFilters(DELIVERY_FILTER_KEYS)
  const back = (
    <Anchor component={Link} to="/admin/webhooks" size="sm" mb="xs" display="inline-block">
      <Group gap={4}>
        <IconArrowLeft size={14} /> Webhooks
      </Group>
    </Anchor>
  )
  if (query.isPending) return <LoadingState />
  if (query.isError)
    return (
      <>
        {back}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const { data: webhook, etag } = query.data
  const graceUntil = webhook.previous_secret_valid_until && new Date(webhook.previous_secret_valid_until) > new Date() ? webhook.previous_secret_valid_until : null
  return (
    <>
      {back}
      <PageHeader
        title={<span style={{ wordBreak: 'break-all' }}>{webhook.url}</span>}
        badge={<WebhookStateBadge webhook={webhook} />}
        description={webhook.description ?? undefined}
        actions={<WebhookActions webhook={webhook} etag={etag} onDeleted={() => navigate('/admin/webhooks')} />}
      />
      <Stack gap="lg">
        <Card>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            <div>
              <Text size="xs" c="dimmed" mb={4}>
                Health
              </Text>
              <WebhookHealth webhook={webhook} />
            </div>
            <div>
              <Text size="xs" c="dimmed" mb={4}>
                Event types ({webhook.event_types.length})
              </Text>
              <Group gap={4}>
                {webhook.event_types.map((t) => (
                  <Badge key={t} size="sm" variant="light" tt="none">
                    {t}
                  </Badge>
                ))}
              </Group>
            </div>
            <div>
              <Text size="xs" c="dimmed" mb={4}>
                Signing secret
              </Text>
              <Text size="sm">{webhook.rotated_at ? `Rotated ${formatDateTime(webhook.rotated_at)}` : `Since ${formatDateTime(webhook.created_at)}`}</Text>
              {graceUntil ? (
                <Text size="xs" c="orange.8">
                  The old secret signs too until {formatDateTime(graceUntil)}
                </Text>
              ) : null}
            </div>
          </SimpleGrid>
        </Card>
        <DeliveryLog webhook={webhook} filters={filters} onChange={setFilters} />
      </Stack>
    </>
  )
}
