import { Card, Divider, Group, Stack, Text, Title } from '@mantine/core'
import { formatMoney } from '@/lib/format'
import type { Quote } from '../api/get-quote'

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} data-testid={strong ? 'grand-total' : undefined}>
        {value}
      </Text>
    </Group>
  )
}

/** The totals exactly as the server computed them: nothing is added up here. */
export function QuoteTotals({ quote, title = 'Totals' }: { quote: Pick<Quote, 'currency' | 'subtotal' | 'discount_total' | 'taxable_total' | 'tax_components' | 'tax_total' | 'grand_total' | 'tax_breakdown'>; title?: string }) {
  const money = (v: string) => formatMoney(v, quote.currency)
  return (
    <Card aria-label={title} component="section">
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Stack gap={6}>
        <Row label="Subtotal" value={money(quote.subtotal)} />
        <Row label="Discount" value={`−${money(quote.discount_total)}`} />
        <Row label="Taxable value" value={money(quote.taxable_total)} />
        {quote.tax_breakdown.length > 0
          ? quote.tax_breakdown.map((t) => <Row key={`${t.name}-${t.rate}`} label={`${t.name} ${t.rate}% on ${money(t.taxable_amount)}`} value={money(t.amount)} />)
          : quote.tax_components.map((t) => <Row key={t.name} label={t.name} value={money(t.amount)} />)}
        <Row label="Tax" value={money(quote.tax_total)} />
        <Divider my={4} />
        <Row label="Grand total" value={money(quote.grand_total)} strong />
      </Stack>
    </Card>
  )
}
