import { Badge, Button, Code, Group, Modal, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRepeat } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useIntentKey } from '@/lib/api/intent-key'
import { describeError } from '@/lib/api/problem'
import { formatDateTime } from '@/lib/format'
import { useDelivery, useReplayDelivery, type WebhookAttempt, type WebhookDeliveryDetail } from '../api/deliveries'
import { DeliveryStatusBadge } from './delivery-status'

interface DeliveryDetailModalProps {
  webhookId: string
  deliveryId: string
  onClose: () => void
}

/** One delivery: what it carries, every attempt and how it went, and a replay. */
export function DeliveryDetailModal({ webhookId, deliveryId, onClose }: DeliveryDetailModalProps) {
  const query = useDelivery(webhookId, deliveryId)
  return (
    <Modal opened onClose={onClose} title="Delivery" size="xl">
      {query.isPending ? (
        <LoadingState label="Loading the delivery…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DeliveryDetail webhookId={webhookId} delivery={query.data} />
      )}
    </Modal>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </div>
  )
}

function DeliveryDetail({ webhookId, delivery }: { webhookId: string; delivery: WebhookDeliveryDetail }) {
  const replay = useReplayDelivery(webhookId)
  const intent = useIntentKey()
  const send = () =>
    intent
      .send({ replay: delivery.id }, (key) => replay.mutateAsync({ deliveryId: delivery.id, key }))
      .then(
        () => notifications.show({ color: 'green', message: `${delivery.event_type} queued again as a new delivery` }),
        (e: unknown) => notifications.show({ color: 'red', title: 'Not replayed', message: describeError(e) }),
      )
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Text ff="monospace" fw={600}>
            {delivery.event_type}
          </Text>
          <DeliveryStatusBadge status={delivery.status} />
          {delivery.replay_of_id ? <Badge variant="outline">Replay</Badge> : null}
        </Group>
        <Button variant="light" leftSection={<IconRepeat size={16} />} loading={replay.isPending} onClick={send}>
          Replay this delivery
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
        <Fact label="Queued">{formatDateTime(delivery.created_at)}</Fact>
        <Fact label="Delivered">{formatDateTime(delivery.delivered_at)}</Fact>
        <Fact label="Next attempt">{delivery.status === 'pending' ? formatDateTime(delivery.next_attempt_at) : '—'}</Fact>
        <Fact label="Record">
          <Code>{delivery.entity_type}</Code> <Code>{delivery.entity_id}</Code>
        </Fact>
        <Fact label="webhook-id (the same on every attempt and replay)">
          <Code>{delivery.event_id}</Code>
        </Fact>
        <Fact label="Attempts">{delivery.attempt_count}</Fact>
      </SimpleGrid>
      <section aria-labelledby="delivery-attempts">
        <Title order={5} id="delivery-attempts" mb="xs">
          Attempts
        </Title>
        {delivery.attempts.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not sent yet.
          </Text>
        ) : (
          <AttemptsTable attempts={delivery.attempts} />
        )}
      </section>
      <section aria-labelledby="delivery-payload">
        <Title order={5} id="delivery-payload" mb="xs">
          Payload
        </Title>
        <ScrollArea.Autosize mah={320} type="auto">
          <Code block>
            {JSON.stringify(delivery.payload, null, 2)}
          </Code>
        </ScrollArea.Autosize>
      </section>
    </Stack>
  )
}

function AttemptsTable({ attempts }: { attempts: WebhookAttempt[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Attempts" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th ta="right">Latency</Table.Th>
            <Table.Th>Answer or error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attempts.map((a) => (
            <Table.Tr key={a.number}>
              <Table.Td>{a.number}</Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(a.attempted_at)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={a.succeeded ? 'green' : 'red'}>
                  {a.status_code ? `HTTP ${a.status_code}` : a.succeeded ? 'OK' : 'No answer'}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{a.latency_ms.toLocaleString('en-IN')} ms</Text>
              </Table.Td>
              <Table.Td maw={320}>
                {a.error ? (
                  <Text size="xs" c="red.8">
                    {a.error}
                  </Text>
                ) : null}
                {a.response_excerpt ? (
                  <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {a.response_excerpt}
                  </Code>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
