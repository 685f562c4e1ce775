import { Anchor, Card, Group, Skeleton, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { lazy, Suspense } from 'react'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { formatMoney } from '@/lib/format'
import { useBoard } from '../api/get-board'

// The chart library is a chunk of its own: the card and its table draw at once, the bars follow.
const StageBarChart = lazy(() => import('./stage-bar-chart'))

/**
 * Open pipeline by stage: count, amount and weighted amount (in the board's
 * main currency). Chart values are for drawing only; the table shows the
 * API's exact decimals.
 */
export function PipelineByStageCard() {
  const board = useBoard({})
  const columns = board.data?.columns.filter((c) => c.stage.kind === 'open') ?? []
  const currency = columns.flatMap((c) => c.totals.map((t) => t.currency))[0] ?? 'INR'
  const rows = columns.map((c) => {
    const t = c.totals.find((x) => x.currency === currency)
    return { column: c, name: c.stage.name, amount: Number(t?.amount ?? 0), weighted: Number(t?.weighted_amount ?? 0), t }
  })
  return (
    <Card h="100%">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Open pipeline by stage</Title>
        <Anchor component={Link} to="/pipeline" size="sm">
          Open the board
        </Anchor>
      </Group>
      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <>
          <div style={{ width: '100%', height: 240 }} role="img" aria-label="Bar chart of open pipeline amount and weighted amount per stage">
            <Suspense fallback={<Skeleton h="100%" />}>
              <StageBarChart rows={rows} currency={currency} />
            </Suspense>
          </div>
          <Table fz="sm" mt="sm" aria-label="Open pipeline by stage">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Stage</Table.Th>
                <Table.Th ta="right">Deals</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th ta="right">Weighted</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ column, t }) => (
                <Table.Tr key={column.stage.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/opportunities?stage_id=${column.stage.id}&status=open`} size="sm">
                      {column.stage.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{column.count}</Table.Td>
                  <Table.Td ta="right">{t ? formatMoney(t.amount, currency) : '—'}</Table.Td>
                  <Table.Td ta="right">{t ? formatMoney(t.weighted_amount, currency) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows.length === 0 ? <Text c="dimmed">No open stages.</Text> : null}
        </>
      )}
    </Card>
  )
}
