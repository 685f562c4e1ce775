import { Badge, SimpleGrid, Stack, Text } from '@mantine/core'
import { formatCount, formatDate, formatMoney, formatPercent } from '@/lib/format'
import type { Dashboard, SalesComparison } from '../api/get-dashboard'
import { DashboardCard, Figure } from './dashboard-card'

/** "+12.5%" in green, "-3%" in red, "no change"; nothing when there is nothing to compare. */
export function Change({ percent, label = 'vs previous' }: { percent: string | null | undefined; label?: string }) {
  if (percent === null || percent === undefined) return null
  const negative = percent.startsWith('-')
  const zero = Number(percent) === 0
  return (
    <Badge component="span" size="xs" variant="light" color={zero ? 'gray' : negative ? 'red' : 'green'} title={label}>
      {zero ? 'no change' : `${negative ? '' : '+'}${percent}%`}
    </Badge>
  )
}

/** The change of a count: "+3", "-1", "±0". */
function countChange(current: number, previous: number): string {
  const d = current - previous
  return d > 0 ? `+${d}` : d < 0 ? `${d}` : '±0'
}

export function CurrencySales({ row }: { row: SalesComparison }) {
  const { current: now, previous: before, currency } = row
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
      <Figure label="Orders" value={formatCount(now.orders)} hint={`${countChange(now.orders, before.orders)} vs ${formatCount(before.orders)}`} />
      <Figure
        label="Order value"
        value={formatMoney(now.order_value, currency)}
        hint={
          <>
            {formatMoney(before.order_value, currency)} before <Change percent={row.order_value_change_percent} />
          </>
        }
      />
      <Figure
        label="Invoiced revenue"
        value={formatMoney(now.invoiced_revenue, currency)}
        hint={
          <>
            {formatMoney(before.invoiced_revenue, currency)} before <Change percent={row.invoiced_revenue_change_percent} />
          </>
        }
      />
      <Figure label="Won" value={formatCount(now.won)} hint={`${countChange(now.won, before.won)} vs ${formatCount(before.won)}`} color="green" />
      <Figure label="Lost" value={formatCount(now.lost)} hint={`${countChange(now.lost, before.lost)} vs ${formatCount(before.lost)}`} />
      <Figure label="Win rate" value={formatPercent(now.win_rate)} hint={`${formatPercent(before.win_rate)} before`} />
    </SimpleGrid>
  )
}

/** Sales this month to date against the same days of the month before, per currency. */
export function SalesCard({ dashboard }: { dashboard: Dashboard }) {
  const { window: w, previous_window: p } = dashboard
  return (
    <DashboardCard
      title="Sales this month"
      to="/sales-orders"
      linkLabel="Sales orders"
      description={`${formatDate(w.start)} – ${formatDate(w.end)}, against ${formatDate(p.start)} – ${formatDate(p.end)}. Values are taxable (before GST).`}
    >
      {dashboard.sales.length === 0 ? (
        <Text c="dimmed" size="sm">
          No sales in either period.
        </Text>
      ) : (
        <SalesByCurrency rows={dashboard.sales} />
      )}
    </DashboardCard>
  )
}

/** The sales summary of each currency, headed by its code when there are several. */
export function SalesByCurrency({ rows }: { rows: readonly SalesComparison[] }) {
  return (
    <Stack gap="md">
      {rows.map((row) => (
        <div key={row.currency}>
          {rows.length > 1 ? (
            <Text size="sm" fw={600} mb={4}>
              In {row.currency}
            </Text>
          ) : null}
          <CurrencySales row={row} />
        </div>
      ))}
    </Stack>
  )
}
