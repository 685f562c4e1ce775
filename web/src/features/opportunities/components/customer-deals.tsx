import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { formatDate, formatMoney } from '@/lib/format'
import { findStage, usePipelines } from '@/lib/lookups/pipelines'
import { useOpportunities } from '../api/get-opportunities'
import { NewOpportunityModal } from './new-opportunity-modal'
import { STATUS_COLORS } from './opportunity-table'

/** The customer's deals, open first by close date, and "New deal". */
export function CustomerDeals({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const query = useOpportunities({ customer_id: customerId }, 10)
  const pipelines = usePipelines()
  const [creating, setCreating] = useState(false)
  const deals = flattenPages(query.data)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Deals</Title>
        {canWrite ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            New deal
          </Button>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : deals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No deals with this customer yet.
        </Text>
      ) : (
        <Stack gap="xs">
          {deals.map((o) => (
            <Group key={o.id} justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/opportunities/${o.id}`} size="sm" fw={600} lineClamp={1}>
                  {o.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  Closes {formatDate(o.expected_close_date)}
                </Text>
              </div>
              <Stack gap={2} align="flex-end">
                <Text size="sm" fw={600}>
                  {formatMoney(o.amount, o.currency)}
                </Text>
                <Badge size="xs" variant="light" color={STATUS_COLORS[o.status]}>
                  {findStage(pipelines.data, o.stage_id)?.name ?? o.status}
                </Badge>
              </Stack>
            </Group>
          ))}
          {query.hasNextPage ? (
            <Anchor component={Link} to={`/opportunities?customer_id=${customerId}`} size="sm">
              All deals with this customer
            </Anchor>
          ) : null}
        </Stack>
      )}
      {creating ? <NewOpportunityModal customerId={customerId} onClose={() => setCreating(false)} /> : null}
    </Card>
  )
}
