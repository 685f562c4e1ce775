import { Group, Stack, Text } from '@mantine/core'
import { AttainmentBar } from '@/components/ui/attainment-bar'
import { formatCount, formatMoney, humanize } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import type { Target } from '../api/get-dashboard'
import { DashboardCard } from './dashboard-card'

const SHOWN = 8

/** The targets running today, with their attainment so far (people, then teams, then territories). */
export function TargetsCard({ targets }: { targets: Target[] }) {
  const shown = targets.slice(0, SHOWN)
  return (
    <DashboardCard title="Targets running today" to="/targets" linkLabel={targets.length > SHOWN ? `All ${targets.length} targets` : 'Targets'}>
      {targets.length === 0 ? (
        <Text c="dimmed" size="sm">
          No target is running today.
        </Text>
      ) : (
        <Stack gap="md" role="list" aria-label="Targets running today">
          {shown.map((t) => {
            const who = t.subject_name ?? humanize(t.subject)
            return (
              <Stack key={t.id} gap={4} role="listitem" aria-label={`${who}, ${periodLabel(t.period, t.period_start, t.period_end)}`}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600} truncate>
                    {who}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {humanize(t.subject)} · {periodLabel(t.period, t.period_start, t.period_end)}
                  </Text>
                </Group>
                <AttainmentBar label="Revenue" subject={who} actual={formatMoney(t.revenue_actual, t.currency)} target={formatMoney(t.revenue, t.currency)} percent={t.revenue_percent} />
                {t.visits !== null ? (
                  <AttainmentBar label="Visits" subject={who} actual={formatCount(t.visits_actual ?? 0)} target={formatCount(t.visits)} percent={t.visits_percent} />
                ) : null}
              </Stack>
            )
          })}
        </Stack>
      )}
    </DashboardCard>
  )
}
