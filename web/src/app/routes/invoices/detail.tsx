import { Anchor, Card, Divider, Grid, Group, Stack, Table, Text, Title } from '@mantine/core'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useInvoice, useInvoices, type Invoice } from '@/features/billing/api/invoices'
import { InvoiceActionsBar } from '@/features/billing/components/invoice-actions-bar'
import { InvoiceStatusBadge, invoiceLabel } from '@/features/billing/components/invoice-status'
import { InvoiceTable } from '@/features/billing/components/invoice-table'
import { usePayments } from '@/features/billing/api/payments'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { trimZeros } from '@/lib/decimal'
import { formatDate, formatMoney, humanize } from '@/lib/format'

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </Group>
  )
}

function Totals({ invoice }: { invoice: Invoice }) {
  const m = (v: string) => formatMoney(v, invoice.currency)
  return (
    <Card>
      <Title order={4} mb="sm">
        Totals
      </Title>
      <Stack gap={6}>
        <Row label="Subtotal" value={m(invoice.subtotal)} />
        {Number(invoice.discount_total) !== 0 ? <Row label="Discount" value={`-${m(invoice.discount_total)}`} /> : null}
        <Row label="Taxable value" value={m(invoice.taxable_total)} />
        {invoice.tax_breakdown.map((t) => (
          <Row key={`${t.name}-${t.rate}`} label={`${t.name.toUpperCase()} ${trimZeros(t.rate)}% on ${m(t.taxable_amount)}`} value={m(t.amount)} />
        ))}
        <Divider />
        <Row label="Grand total" value={m(invoice.grand_total)} strong />
        {invoice.kind === 'invoice' ? (
          <>
            <Row label="Paid" value={m(invoice.amount_paid)} />
            <Row label="Credited" value={m(invoice.amount_credited)} />
            <Row label="Open" value={m(invoice.open_amount)} strong />
          </>
        ) : null}
      </Stack>
    </Card>
  )
}

function BillTo({ invoice }: { invoice: Invoice }) {
  const a = invoice.billing_address
  return (
    <Card>
      <Title order={4} mb="sm">
        Bill to
      </Title>
      <Stack gap={4}>
        <Anchor component={Link} to={`/customers/${invoice.customer_id}`} fw={600}>
          {invoice.billing_name}
        </Anchor>
        {a ? (
          <Text size="sm">
            {[a.line1, a.line2, a.city, a.state, a.postal_code, a.country].filter(Boolean).join(', ')}
          </Text>
        ) : null}
        <Text size="sm">Customer GSTIN: {invoice.customer_gstin ?? '—'}</Text>
        <Text size="sm">Our GSTIN: {invoice.company_gstin ?? '—'}</Text>
        <Text size="sm">
          Place of supply: {invoice.place_of_supply ?? '—'} ({humanize(invoice.supply)})
        </Text>
        <Text size="sm">
          Dated {formatDate(invoice.invoice_date)} · due {formatDate(invoice.due_date)} ({invoice.payment_terms_days} days)
        </Text>
        {invoice.reason ? <Text size="sm">Reason: {invoice.reason}</Text> : null}
        {invoice.external_id ? <Text size="sm">ERP id: {invoice.external_id}</Text> : null}
        {invoice.notes ? (
          <Text size="sm" c="dimmed">
            {invoice.notes}
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}

function Lines({ invoice }: { invoice: Invoice }) {
  const m = (v: string) => formatMoney(v, invoice.currency)
  return (
    <Card p={0}>
      <Title order={4} p="md" pb={0}>
        Lines
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Invoice lines" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th>HSN/SAC</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th ta="right">Disc.</Table.Th>
              <Table.Th ta="right">Taxable</Table.Th>
              <Table.Th ta="right">Tax</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...invoice.lines]
              .sort((a, b) => a.position - b.position)
              .map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td>{l.hsn_sac_code ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {trimZeros(l.quantity)} {l.unit}
                  </Table.Td>
                  <Table.Td ta="right">{m(l.unit_price)}</Table.Td>
                  <Table.Td ta="right">{Number(l.discount_percent) ? `${trimZeros(l.discount_percent)}%` : '—'}</Table.Td>
                  <Table.Td ta="right">{m(l.taxable_amount)}</Table.Td>
                  <Table.Td ta="right">
                    {m(l.tax_amount)}
                    <Text size="xs" c="dimmed">
                      {trimZeros(l.tax_rate)}%
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" fw={500}>
                    {m(l.line_total)}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  )
}

function CreditNotes({ invoiceId }: { invoiceId: string }) {
  const query = useInvoices({ credited_invoice_id: invoiceId }, 20)
  const notes = flattenPages(query.data)
  return (
    <Card p={0}>
      <Title order={4} p="md" pb={0}>
        Credit notes
      </Title>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} />
      ) : notes.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          None
        </Text>
      ) : (
        <InvoiceTable invoices={notes} label="Credit notes" compact />
      )}
    </Card>
  )
}

/** The payments allocated to this invoice: the customer's payments, their allocations to it. */
function Payments({ invoice }: { invoice: Invoice }) {
  const canSee = useCan('payments:read')
  const query = usePayments({ customer_id: invoice.customer_id }, 100)
  if (!canSee) return null
  const rows = flattenPages(query.data).flatMap((p) =>
    p.allocations.filter((a) => a.invoice_id === invoice.id).map((a) => ({ payment: p, allocation: a })),
  )
  return (
    <Card p={0}>
      <Title order={4} p="md" pb={0}>
        Payments
      </Title>
      {query.isPending ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          None allocated yet
        </Text>
      ) : (
        <Table aria-label="Payments on this invoice" verticalSpacing="xs">
          <Table.Tbody>
            {rows.map(({ payment, allocation }) => (
              <Table.Tr key={allocation.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/payments/${payment.id}`} size="sm">
                    {formatDate(allocation.allocated_on)} · {humanize(payment.method)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatMoney(allocation.amount, allocation.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

export function Component() {
  const { invoiceId = '' } = useParams()
  const query = useInvoice(invoiceId)
  if (query.isPending) return <LoadingState label="Loading invoice…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const invoice = query.data.data
  return (
    <>
      <PageHeader
        title={invoiceLabel(invoice)}
        description={invoice.customer_name ?? invoice.billing_name}
        badge={<InvoiceStatusBadge invoice={invoice} size="lg" />}
        actions={<InvoiceActionsBar invoice={invoice} />}
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Lines invoice={invoice} />
            <BillTo invoice={invoice} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Totals invoice={invoice} />
            {invoice.kind === 'credit_note' && invoice.credited_invoice_id ? (
              <Anchor component={Link} to={`/invoices/${invoice.credited_invoice_id}`} size="sm">
                The credited invoice
              </Anchor>
            ) : null}
            {invoice.source_document_type === 'sales_order' && invoice.source_document_id ? (
              <Anchor component={Link} to={`/sales-orders/${invoice.source_document_id}`} size="sm">
                The sales order it bills
              </Anchor>
            ) : null}
            {invoice.kind === 'invoice' ? <CreditNotes invoiceId={invoice.id} /> : null}
            {invoice.kind === 'invoice' ? <Payments invoice={invoice} /> : null}
            <Anchor component={Link} to="/invoices" size="sm">
              All invoices
            </Anchor>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
