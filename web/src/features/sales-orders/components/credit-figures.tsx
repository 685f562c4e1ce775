import { Group, Progress, Stack, Text } from '@mantine/core'
import { ErrorState } from '@/components/ui/query-states'
import { formatMoney } from '@/lib/format'
import { useCreditPosition, type CreditPosition } from '../api/get-credit-position'
import { creditSummary } from './credit-summary'

function Figures({ position, detailed }: { position: CreditPosition; detailed: boolean }) {
  const summary = creditSummary(position)
  const money = (v: string | null | undefined) => formatMoney(v, position.currency)
  if (!summary.checked) {
    return (
      <Text size="sm" c="dimmed">
        {summary.reason}
      </Text>
    )
  }
  return (
    <Stack gap={4} data-testid="credit-figures">
      <Text size="sm">
        Exposure <b>{money(summary.exposure)}</b> of limit {money(summary.limit)}
      </Text>
      <Progress
        value={Math.min(100, summary.usedPercent)}
        color={summary.over ? 'red' : summary.usedPercent > 80 ? 'orange' : 'teal'}
        size="sm"
        aria-label={`${summary.usedPercent}% of the credit limit used`}
      />
      {summary.over ? (
        <Text size="sm" c="red" fw={600}>
          Over by {money(summary.overBy)}
        </Text>
      ) : (
        <Text size="sm" c="teal">
          Within the limit now
        </Text>
      )}
      {detailed ? (
        <Group gap="md" wrap="wrap">
          <Text size="xs" c="dimmed">
            Open invoices {money(position.open_invoices)}
          </Text>
          <Text size="xs" c="dimmed">
            Other open orders {money(position.open_orders)}
          </Text>
          <Text size="xs" c="dimmed">
            This order {money(position.this_order)}
          </Text>
        </Group>
      ) : null}
    </Stack>
  )
}

/** Why an order waits on credit hold: the customer's exposure with it against their limit, read now. */
export function CreditFigures({ orderId, detailed = true }: { orderId: string; detailed?: boolean }) {
  const query = useCreditPosition(orderId)
  if (query.isPending) return <Text size="sm" c="dimmed">Reading the credit position…</Text>
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not read the credit position" />
  return <Figures position={query.data} detailed={detailed} />
}
