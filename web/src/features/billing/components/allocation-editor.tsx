import { Alert, Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core'
import { Link } from 'react-router'
import { LoadingState, ErrorState } from '@/components/ui/query-states'
import { useInvoices } from '@/features/billing/api/invoices'
import { flattenPages } from '@/lib/api/pagination'
import { compareDecimals } from '@/lib/decimal'
import { formatDate, formatMoney } from '@/lib/format'
import { allocateOldestFirst, allocationError, remainingOpen, type AllocationDraft, type OpenInvoice } from './allocation'

/** The customer's invoices that still owe money, oldest due first. */
export function useOpenInvoices(customerId: string | null) {
  const query = useInvoices({ customer_id: customerId ?? undefined, kind: 'invoice' }, 100)
  const open: OpenInvoice[] = flattenPages(query.data)
    .filter((i) => (i.status === 'issued' || i.status === 'partially_paid') && compareDecimals(i.open_amount, '0') > 0)
    .sort((a, b) => (a.due_date < b.due_date ? -1 : 1))
  return { ...query, open: customerId ? open : [] }
}

interface AllocationEditorProps {
  invoices: OpenInvoice[]
  drafts: AllocationDraft[]
  onChange: (drafts: AllocationDraft[]) => void
  /** What may be spread with "Fill oldest first". */
  available: string
  currency: string
  /** Server errors by invoice id. */
  errors?: Record<string, string>
}

export function AllocationEditor({ invoices, drafts, onChange, available, currency, errors = {} }: AllocationEditorProps) {
  const amountFor = (id: string) => drafts.find((d) => d.invoice_id === id)?.amount ?? ''
  const set = (id: string, amount: string) =>
    onChange(invoices.map((inv) => ({ invoice_id: inv.id, amount: inv.id === id ? amount : amountFor(inv.id) })))
  if (invoices.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No open invoices: the whole amount stays on the customer&apos;s account as credit.
      </Text>
    )
  return (
    <>
      <Group justify="flex-end" mb="xs">
        <Button size="xs" variant="light" onClick={() => onChange(allocateOldestFirst(available, invoices))}>
          Fill oldest first
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="Allocations to open invoices" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invoice</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th ta="right">Open</Table.Th>
              <Table.Th w={170}>Allocate</Table.Th>
              <Table.Th ta="right">Left open</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((inv) => {
              const typed = amountFor(inv.id)
              return (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/invoices/${inv.id}`} size="sm" target="_blank" style={{ whiteSpace: 'nowrap' }}>
                      {inv.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(inv.due_date)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(inv.open_amount, inv.currency)}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      aria-label={`Allocate to ${inv.number ?? 'invoice'}`}
                      data-allocation={inv.id}
                      value={typed}
                      error={errors[inv.id] ?? allocationError(inv, typed)}
                      onChange={(e) => set(inv.id, e.currentTarget.value)}
                    />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(remainingOpen(inv, typed), currency)}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}

export function OpenInvoicesState({ query }: { query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown } }) {
  if (query.isPending) return <LoadingState label="Loading open invoices…" />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return <Alert color="gray">No open invoices.</Alert>
}

/** Server errors at `allocations.N.*` belong to the N-th sent allocation's invoice. */
export function allocationServerErrors(fieldErrors: Record<string, string>, sent: { invoice_id: string }[]): { byInvoice: Record<string, string>; rest: Record<string, string> } {
  const byInvoice: Record<string, string> = {}
  const rest: Record<string, string> = {}
  for (const [path, msg] of Object.entries(fieldErrors)) {
    const m = /^allocations\.(\d+)/.exec(path)
    const id = m ? sent[Number(m[1])]?.invoice_id : undefined
    if (id) byInvoice[id] = msg
    else rest[path] = msg
  }
  return { byInvoice, rest }
}
