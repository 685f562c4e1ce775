import { Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import type { GetInputPropsReturnType } from '@mantine/form'
import { trimZeros } from '@/lib/decimal'
import { formatMoney } from '@/lib/format'
import type { SalesOrderLine } from '../api/get-sales-orders'

/** A line with delivered quantity not yet invoiced, and how much that is. */
export interface DeliveredRow {
  line: SalesOrderLine
  left: string
}

interface DeliveredLinesFieldsProps {
  rows: DeliveredRow[]
  currency: string
  /** The dialog form's input props of row `i`'s quantity. */
  quantityProps: (i: number) => GetInputPropsReturnType
  phone: boolean
}

function facts({ line }: DeliveredRow, currency: string): string {
  const parts = [
    `delivered ${trimZeros(line.quantity_delivered)} of ${trimZeros(line.quantity)} ${line.unit}`,
    `invoiced ${trimZeros(line.quantity_invoiced)}`,
    `at ${formatMoney(line.unit_price, currency)}`,
  ]
  if (Number(line.discount_percent) > 0) parts.push(`less ${trimZeros(line.discount_percent)}%`)
  return parts.join(' · ')
}

/** One row per order line with something delivered and not invoiced: the quantity to bill, at most that. */
export function DeliveredLinesFields({ rows, currency, quantityProps, phone }: DeliveredLinesFieldsProps) {
  return (
    <>
      {rows.map((row, i) => (
        <Paper key={row.line.id} withBorder p="sm" role="group" aria-label={`Line ${row.line.position}: ${row.line.description}`}>
          <Group justify="space-between" align="flex-start" wrap={phone ? 'wrap' : 'nowrap'} gap="sm">
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {row.line.position}. {row.line.description}
              </Text>
              <Text size="xs" c="dimmed">
                {facts(row, currency)}
              </Text>
            </Stack>
            <TextInput
              label="To invoice"
              inputMode="decimal"
              w={phone ? '100%' : 150}
              description={`At most ${row.left}`}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              rightSection={
                <Text size="xs" c="dimmed" pr={6}>
                  {row.line.unit}
                </Text>
              }
              rightSectionWidth={44}
              {...quantityProps(i)}
            />
          </Group>
        </Paper>
      ))}
    </>
  )
}
