import { Group, Progress, Stack, Text } from '@mantine/core'

/** Green at or past the target, blue on the way, orange when far behind. */
export function attainmentColor(percent: string | null | undefined): string {
  const value = Number(percent ?? 0)
  return value >= 100 ? 'green' : value >= 60 ? 'blue' : 'orange'
}

interface AttainmentBarProps {
  /** What is measured: "Revenue", "Visits". */
  label: string
  /** What was reached, formatted (money with formatMoney, counts with formatCount). */
  actual: string
  /** The target, formatted the same way. */
  target: string
  /** The API's percent (a decimal string, may pass 100); null when nothing to divide by. */
  percent: string | null | undefined
  /** Whose target, for the bar's accessible name: "Arun Kumar revenue". */
  subject?: string
}

/** One target's attainment: "₹4,20,000.00 of ₹5,00,000.00 · 84%" over a progress bar. */
export function AttainmentBar({ label, actual, target, percent, subject }: AttainmentBarProps) {
  // The bar's width is for drawing only (a percent, not money); the text is the API's.
  const width = Math.max(0, Math.min(100, Number(percent ?? 0)))
  const shown = percent === null || percent === undefined ? '—' : `${percent}%`
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {label}: {actual} of {target}
        </Text>
        <Text size="xs" fw={700} c={attainmentColor(percent)}>
          {shown}
        </Text>
      </Group>
      <Progress value={width} color={attainmentColor(percent)} size="sm" aria-label={`${subject ? `${subject} ` : ''}${label.toLowerCase()} ${shown}`} />
    </Stack>
  )
}
