import { Group, Paper, Text } from '@mantine/core'
import { sumDecimals } from '@/lib/decimal'
import { formatMoney } from '@/lib/format'
import type { Board } from '../api/get-board'

/** Open pipeline across stages, per currency: deals, amount, weighted amount. */
export function BoardSummary({ board }: { board: Board }) {
  const open = board.columns.filter((c) => c.stage.kind === 'open')
  const currencies = Array.from(new Set(open.flatMap((c) => c.totals.map((t) => t.currency))))
  const deals = open.reduce((n, c) => n + c.count, 0)
  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Group gap="xl">
        <div>
          <Text size="xs" c="dimmed">
            Open deals
          </Text>
          <Text fw={700} data-testid="open-deals">
            {deals}
          </Text>
        </div>
        {currencies.map((cur) => {
          const totals = open.flatMap((c) => c.totals.filter((t) => t.currency === cur))
          return (
            <Group key={cur} gap="xl">
              <div>
                <Text size="xs" c="dimmed">
                  Open pipeline ({cur})
                </Text>
                <Text fw={700}>{formatMoney(sumDecimals(totals.map((t) => t.amount)), cur)}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Weighted
                </Text>
                <Text fw={700}>{formatMoney(sumDecimals(totals.map((t) => t.weighted_amount)), cur)}</Text>
              </div>
            </Group>
          )
        })}
      </Group>
    </Paper>
  )
}
