import { Group, Skeleton, Table, Text } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { formatMoney } from '@/lib/format'
import type { Dashboard } from '../api/get-dashboard'
import { DashboardCard, Figure } from './dashboard-card'

const PipelineBars = lazy(() => import('./pipeline-bars'))

/**
 * Open deals now by stage, in the main currency (the first the API lists): the totals,
 * a bar chart of amount and weighted amount (numbers for drawing only) and the table of
 * the API's exact decimals.
 */
export function PipelineCard({ dashboard }: { dashboard: Dashboard }) {
  const total = dashboard.pipeline_totals[0]
  const currency = total?.currency ?? 'INR'
  const stages = dashboard.pipeline.filter((s) => s.currency === currency)
  const several = new Set(stages.map((s) => s.pipeline_id)).size > 1
  const name = (s: (typeof stages)[number]) => (several ? `${s.pipeline_name} · ${s.stage_name}` : s.stage_name)
  const rows = stages.map((s) => ({ name: name(s), amount: Number(s.amount), weighted: Number(s.weighted_amount) }))
  const others = dashboard.pipeline_totals.slice(1)
  return (
    <DashboardCard title="Open pipeline" to="/pipeline" linkLabel="Open the board">
      {total ? (
        <Group gap="xl" mb="sm">
          <Figure label="Open deals" value={total.deals} />
          <Figure label="Pipeline" value={formatMoney(total.amount, currency)} />
          <Figure label="Weighted" value={formatMoney(total.weighted_amount, currency)} hint="Each deal's amount × its stage's probability" />
        </Group>
      ) : null}
      {stages.length === 0 ? (
        <Text c="dimmed" size="sm">
          No open deals.
        </Text>
      ) : (
        <>
          <div style={{ width: '100%', height: 250 }} role="img" aria-label="Bar chart of open pipeline amount and weighted amount per stage">
            <Suspense fallback={<Skeleton h="100%" />}>
              <PipelineBars rows={rows} currency={currency} />
            </Suspense>
          </div>
          {/* On a phone the table scrolls sideways rather than clip its amounts. */}
          <Table.ScrollContainer minWidth={520} mt="sm">
            <Table fz="sm" aria-label="Open pipeline by stage">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th ta="right">Probability</Table.Th>
                  <Table.Th ta="right">Deals</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th ta="right">Weighted</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stages.map((s) => (
                  <Table.Tr key={s.stage_id}>
                    <Table.Td>{name(s)}</Table.Td>
                    <Table.Td ta="right">{s.probability}%</Table.Td>
                    <Table.Td ta="right">{s.deals}</Table.Td>
                    <Table.Td ta="right">{formatMoney(s.amount, currency)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(s.weighted_amount, currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {others.map((t) => (
        <Text key={t.currency} size="xs" c="dimmed" mt="xs">
          Also {t.deals} deals in {t.currency}: {formatMoney(t.amount, t.currency)} (weighted {formatMoney(t.weighted_amount, t.currency)})
        </Text>
      ))}
    </DashboardCard>
  )
}
