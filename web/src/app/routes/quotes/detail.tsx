import { Alert, Anchor, Button, Card, Grid, Stack, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconFileTypePdf, IconLock, IconShoppingCart } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useQuote } from '@/features/quotes/api/get-quote'
import { useCustomerForQuote } from '@/lib/lookups/customer-links'
import { useQuotePdf } from '@/features/quotes/api/quote-pdf'
import { QuoteActionsBar } from '@/features/quotes/components/quote-actions-bar'
import { QuoteLinesTable } from '@/features/quotes/components/quote-lines-table'
import { QuoteRevisions } from '@/features/quotes/components/quote-revisions'
import { QuoteStatusBadge } from '@/features/quotes/components/quote-status'
import { QuoteSummary } from '@/features/quotes/components/quote-summary'
import { QuoteTotals } from '@/features/quotes/components/quote-totals'
import { useNeedsApproval } from '@/features/quotes/components/use-needs-approval'
import { describeError } from '@/lib/api/problem'
import { useCan } from '@/lib/auth/session'
import { trimZeros } from '@/lib/decimal'
import { formatPercent } from '@/lib/format'
import { personName, usePeople } from '@/lib/lookups/users'

export function Component() {
  const { quoteId = '' } = useParams()
  const query = useQuote(quoteId)
  const people = usePeople()
  const customer = useCustomerForQuote(query.data?.data.customer_id ?? null)
  const canSeeOrders = useCan('sales_orders:read')
  const pdf = useQuotePdf(quoteId, query.data?.data.display_number.replace(/\//g, '-') ?? 'quote')
  const needsApproval = useNeedsApproval(query.data?.data ?? { status: 'sent', needs_approval: false, max_discount_percent: '0', owner_id: '' })
  if (query.isPending) return <LoadingState label="Loading quote…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const quote = query.data.data
  const contactName = customer.data?.contacts.find((c) => c.id === quote.contact_id)?.name ?? (quote.contact_id ? '…' : '—')
  return (
    <>
      <PageHeader
        title={`Quote ${quote.display_number}`}
        description={quote.customer_name ?? undefined}
        badge={<QuoteStatusBadge status={quote.status} size="lg" />}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              loading={pdf.isPending}
              onClick={() => pdf.mutate(undefined, { onError: (e) => notifications.show({ color: 'red', title: 'Could not get the PDF', message: describeError(e) }) })}
            >
              PDF
            </Button>
            <QuoteActionsBar quote={quote} needsApproval={needsApproval} />
          </>
        }
      />
      <Stack gap="lg">
        {!quote.is_current ? (
          <Alert color="gray" icon={<IconLock size={18} />} title="An earlier revision">
            This revision is read-only. See the revisions list for the current one.
          </Alert>
        ) : null}
        {quote.sales_order_id && canSeeOrders ? (
          <Alert color="green" icon={<IconShoppingCart size={18} />} title="Accepted: the sales order is open">
            <Anchor component={Link} to={`/sales-orders/${quote.sales_order_id}`} fw={600}>
              Open the sales order
            </Anchor>
          </Alert>
        ) : null}
        {quote.is_current && needsApproval && (quote.status === 'draft' || quote.status === 'pending_approval') ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={quote.status === 'draft' ? 'Needs approval' : 'Waiting for approval'}>
            The largest discount, {formatPercent(trimZeros(quote.max_discount_percent))}, is above the author&apos;s limit: a sales head approves
            it before the quote can be sent.
          </Alert>
        ) : null}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              <Card p={0}>
                <Title order={4} p="md" pb={0}>
                  Lines
                </Title>
                <QuoteLinesTable lines={quote.lines} currency={quote.currency} />
              </Card>
              <QuoteSummary
                quote={quote}
                ownerName={personName(people.data, quote.owner_id)}
                approverName={personName(people.data, quote.approved_by_id)}
                contactName={contactName}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              <QuoteTotals quote={quote} />
              <QuoteRevisions number={quote.number} currentId={quote.id} />
              <Anchor component={Link} to="/quotes" size="sm">
                All quotes
              </Anchor>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  )
}
