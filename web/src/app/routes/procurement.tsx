import { Anchor, Badge, Button, Card, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useSearchText } from '@/components/ui/use-search-text'
import { useWarehouses } from '@/features/inventory/api/inventory'
import { useProcurementRequests, type ProcurementRequest, type ProcurementStatus } from '@/features/procurement/api/procurement'
import { ProcurementDialog } from '@/features/procurement/components/procurement-dialog'
import { procurementActions, type ProcurementActionName } from '@/features/procurement/components/procurement-rules'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { trimZeros } from '@/lib/decimal'
import { formatDate } from '@/lib/format'
import { useUrlFilters } from '@/lib/url-state'

const STATUS: Record<ProcurementStatus, { label: string; color: string }> = {
  requested: { label: 'Requested', color: 'orange' },
  ordered: { label: 'Ordered', color: 'blue' },
  received: { label: 'Received', color: 'green' },
  cancelled: { label: 'Cancelled', color: 'gray' },
}
const STATUS_OPTIONS = (Object.keys(STATUS) as ProcurementStatus[]).map((value) => ({ value, label: STATUS[value].label }))
const ACTION_LABELS: Record<ProcurementActionName, string> = { order: 'Order', receive: 'Receive', cancel: 'Cancel' }

export function Component() {
  const [filters, setFilters] = useUrlFilters(['q', 'status', 'warehouse_id'] as const)
  const [q, setQ] = useSearchText(filters.q, (v) => setFilters({ q: v }))
  const query = useProcurementRequests(filters)
  const warehouses = useWarehouses()
  const canWrite = useCan('procurement:write')
  const [acting, setActing] = useState<{ request: ProcurementRequest; action: ProcurementActionName } | null>(null)
  const rows = flattenPages(query.data)
  const code = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? '…'
  return (
    <>
      <PageHeader title="Procurement" description="Purchase requests and job orders raised where stock runs short: order them, receive what arrives." />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <TextInput label="Search" placeholder="Number, SKU or supplier" leftSection={<IconSearch size={16} />} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={{ base: '100%', sm: 240 }} />
        <Select label="Status" placeholder="Any" clearable data={STATUS_OPTIONS} value={filters.status ?? null} onChange={(v) => setFilters({ status: v })} w={{ base: '100%', xs: 170 }} />
        <Select
          label="Warehouse"
          placeholder="All"
          clearable
          data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
          value={filters.warehouse_id ?? null}
          onChange={(v) => setFilters({ warehouse_id: v })}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading requests…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title="No procurement requests match" />
        ) : (
          <>
            <Table.ScrollContainer minWidth={1120}>
              <Table aria-label="Procurement requests" verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Number</Table.Th>
                    <Table.Th>Product</Table.Th>
                    <Table.Th>Warehouse</Table.Th>
                    <Table.Th ta="right">Quantity</Table.Th>
                    <Table.Th ta="right">Received</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Supplier</Table.Th>
                    <Table.Th>Expected</Table.Th>
                    <Table.Th>For</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                          {r.number}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.kind === 'job_order' ? 'Job order' : 'Purchase'}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/stock/products/${r.product_id}`} size="sm">
                          {r.product_sku}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ff="monospace">{code(r.warehouse_id)}</Table.Td>
                      <Table.Td ta="right">{trimZeros(r.quantity)}</Table.Td>
                      <Table.Td ta="right">{trimZeros(r.quantity_received)}</Table.Td>
                      <Table.Td style={{ minWidth: 112 }}>
                        <Badge size="sm" variant="light" color={STATUS[r.status].color}>
                          {STATUS[r.status].label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.supplier ?? '—'}</Text>
                        {r.supplier_reference ? (
                          <Text size="xs" c="dimmed">
                            {r.supplier_reference}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.expected_date)}</Table.Td>
                      <Table.Td style={{ minWidth: 170 }}>
                        {r.document_type === 'sales_order' && r.document_id ? (
                          <Anchor component={Link} to={`/sales-orders/${r.document_id}`} size="sm">
                            {r.document_number}
                          </Anchor>
                        ) : (
                          <Text size="sm">{r.document_number ?? '—'}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          {procurementActions(r, canWrite).map((a) => (
                            <Button
                              key={a}
                              size="compact-sm"
                              variant={a === 'cancel' ? 'subtle' : 'light'}
                              color={a === 'cancel' ? 'red' : undefined}
                              aria-label={`${ACTION_LABELS[a]} ${r.number}`}
                              onClick={() => setActing({ request: r, action: a })}
                            >
                              {ACTION_LABELS[a]}
                            </Button>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={rows.length} noun="requests" />
          </>
        )}
      </Card>
      {acting ? <ProcurementDialog request={acting.request} action={acting.action} onClose={() => setActing(null)} /> : null}
    </>
  )
}
