import { Anchor, Card, Group, Progress, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { InvoiceTable } from '@/features/billing/components/invoice-table'
import { useInvoices } from '@/features/billing/api/invoices'
import { flattenPages } from '@/lib/api/pagination'
import { formatMoney } from '@/lib/format'
import { useCustomerReceivables } from '../api/receivables'
import { AGING_BUCKETS } from './aging-buckets'

/** The customer's credit limit, what they owe now, its aging, and their latest invoices. */
export function CustomerReceivablesCard({ customerId }: { customerId: string }) {
  const query = useCustomerReceivables(customerId)
  const invoices = useInvoices({ customer_id: customerId }, 5)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Receivables</Title>
        <Anchor component={Link} to={`/invoices?customer_id=${customerId}`} size="sm">
          All invoices
        </Anchor>
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} />
      ) : (
        <Stack gap="xs">
          {(() => {
            const r = query.data
            const limit = Number(r.credit_limit)
            const used = limit > 0 ? Math.min(100, (Number(r.open_exposure) / limit) * 100) : 0
            return (
              <>
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    Exposure / credit limit
                  </Text>
                  <Text size="sm" fw={600}>
                    {formatMoney(r.open_exposure, r.currency)} / {limit > 0 ? formatMoney(r.credit_limit, r.currency) : 'no limit'}
                  </Text>
                </Group>
                {limit > 0 ? <Progress value={used} color={used >= 100 ? 'red' : used > 80 ? 'orange' : 'teal'} aria-label="Credit used" /> : null}
              </>
            )
          })()}
          {query.data.by_currency.map((row) => (
            <Group key={row.currency} gap="md" wrap="wrap">
              {AGING_BUCKETS.map((b) => (
                <Stack key={b.key} gap={0}>
                  <Text size="xs" c="dimmed">
                    {b.label}
                  </Text>
                  <Text size="sm" c={b.overdue && Number(row[b.key]) > 0 ? 'red' : undefined}>
                    {formatMoney(row[b.key], row.currency)}
                  </Text>
                </Stack>
              ))}
            </Group>
          ))}
        </Stack>
      )}
      {flattenPages(invoices.data).length > 0 ? (
        <Card.Section mt="sm">
          <InvoiceTable invoices={flattenPages(invoices.data)} label="Latest invoices" compact />
        </Card.Section>
      ) : null}
    </Card>
  )
}
