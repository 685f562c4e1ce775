import { Group, Progress, Stack, Table, Text } from '@mantine/core'
import { formatCount, formatMoney } from '@/lib/format'
import type { Dashboard } from '../api/get-dashboard'
import { DashboardCard, Figure } from './dashboard-card'

/** What was invoiced in the window against what was collected, per currency. */
export function CashCard({ dashboard }: { dashboard: Dashboard }) {
  return (
    <DashboardCard title="Invoiced and collected" to="/payments" linkLabel="Payments" description="This month to date.">
      {dashboard.cash.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing invoiced or collected yet this month.
        </Text>
      ) : (
        <Stack gap="md">
          {dashboard.cash.map((c) => (
            <Stack key={c.currency} gap="xs">
              <Group gap="xl">
                <Figure label="Invoiced" value={formatMoney(c.invoiced, c.currency)} hint={`${formatCount(c.invoices)} invoices and credit notes`} />
                <Figure label="Collected" value={formatMoney(c.collected, c.currency)} hint={`${formatCount(c.payments)} payments`} color="green" />
              </Group>
              {c.collected_percent !== null ? (
                <>
                  {/* A percent for drawing, not money. */}
                  <Progress value={Math.min(100, Number(c.collected_percent))} color="green" aria-label={`Collected ${c.collected_percent}% of invoiced`} />
                  <Text size="xs" c="dimmed">
                    Collected {c.collected_percent}% of what was invoiced
                  </Text>
                </>
              ) : null}
            </Stack>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}

const BUCKETS = [
  ['days_1_30', '1–30 days'],
  ['days_31_60', '31–60 days'],
  ['days_61_90', '61–90 days'],
  ['over_90', 'Over 90 days'],
] as const

/** Receivables today: what is overdue, by how long. */
export function OverdueCard({ dashboard }: { dashboard: Dashboard }) {
  return (
    <DashboardCard title="Overdue receivables" to="/receivables" linkLabel="Receivables">
      {dashboard.overdue.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing is owed.
        </Text>
      ) : (
        <Stack gap="md">
          {dashboard.overdue.map((a) => (
            <Stack key={a.currency} gap="xs">
              <Group gap="xl">
                <Figure label="Overdue" value={formatMoney(a.overdue_total, a.currency)} color="red" />
                <Figure label="Total open" value={formatMoney(a.total_open, a.currency)} hint={`${formatCount(a.invoices)} open invoices; ${formatMoney(a.current, a.currency)} not yet due`} />
              </Group>
              <Table fz="sm" aria-label={`Overdue by age in ${a.currency}`}>
                <Table.Tbody>
                  {BUCKETS.map(([key, label]) => (
                    <Table.Tr key={key}>
                      <Table.Td>{label}</Table.Td>
                      <Table.Td ta="right">{formatMoney(a[key], a.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
        </Stack>
      )}
    </DashboardCard>
  )
}
