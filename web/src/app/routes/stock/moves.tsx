import { Anchor, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconAdjustments } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useStockLevels, useStockMoves, useWarehouses, type MoveKind, type StockLevel } from '@/features/inventory/api/inventory'
import { AdjustmentDialog } from '@/features/inventory/components/adjustment-dialog'
import { StockTable } from '@/features/inventory/components/stock-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { trimZeros } from '@/lib/decimal'
import { formatDateTime } from '@/lib/format'
import { useProduct } from '@/lib/lookups/catalogue'
import { personName, usePeople } from '@/lib/lookups/users'
import { useUrlFilters } from '@/lib/url-state'

const KIND_LABELS: Record<MoveKind, string> = {
  receipt: 'Receipt',
  delivery: 'Delivery',
  adjustment: 'Adjustment',
  transfer_out: 'Transfer out',
  transfer_in: 'Transfer in',
}
const KINDS = (Object.keys(KIND_LABELS) as MoveKind[]).map((value) => ({ value, label: KIND_LABELS[value] }))

export function Component() {
  const { productId = '' } = useParams()
  const [filters, setFilters] = useUrlFilters(['warehouse_id', 'kind'] as const)
  const product = useProduct(productId)
  const levels = useStockLevels({ product_id: productId })
  const moves = useStockMoves({ product_id: productId, ...filters })
  const warehouses = useWarehouses()
  const people = usePeople()
  const canAdjust = useCan('stock:write')
  const [adjusting, setAdjusting] = useState<StockLevel | 'new' | null>(null)
  const rows = flattenPages(moves.data)
  const code = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? '…'
  return (
    <>
      <PageHeader
        title={product.data ? `${product.data.sku} stock` : 'Stock'}
        description={product.data?.name}
        actions={
          canAdjust ? (
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setAdjusting('new')}>
              Adjust
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card p={0}>
          <Title order={4} p="md" pb={0}>
            By warehouse
          </Title>
          {levels.isPending ? (
            <LoadingState />
          ) : levels.isError ? (
            <ErrorState error={levels.error} onRetry={() => void levels.refetch()} />
          ) : (
            <StockTable levels={flattenPages(levels.data)} productColumn={false} onAdjust={canAdjust ? setAdjusting : undefined} />
          )}
        </Card>
        <Card p={0}>
          <Group justify="space-between" p="md" pb="xs" align="flex-end" wrap="wrap">
            <Title order={4}>Ledger</Title>
            <Group gap="sm">
              <Select
                aria-label="Warehouse"
                placeholder="All warehouses"
                clearable
                data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: w.code }))}
                value={filters.warehouse_id ?? null}
                onChange={(v) => setFilters({ warehouse_id: v })}
                w={170}
              />
              <Select aria-label="Kind" placeholder="All moves" clearable data={KINDS} value={filters.kind ?? null} onChange={(v) => setFilters({ kind: v })} w={170} />
            </Group>
          </Group>
          {moves.isPending ? (
            <LoadingState />
          ) : moves.isError ? (
            <ErrorState error={moves.error} onRetry={() => void moves.refetch()} />
          ) : rows.length === 0 ? (
            <EmptyState title="No moves" />
          ) : (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table aria-label="Stock moves" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>When</Table.Th>
                      <Table.Th>Warehouse</Table.Th>
                      <Table.Th>Move</Table.Th>
                      <Table.Th ta="right">Quantity</Table.Th>
                      <Table.Th>Document</Table.Th>
                      <Table.Th>Reason</Table.Th>
                      <Table.Th>By</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.created_at)}</Table.Td>
                        <Table.Td ff="monospace">{code(m.warehouse_id)}</Table.Td>
                        <Table.Td>{KIND_LABELS[m.kind]}</Table.Td>
                        <Table.Td ta="right" fw={600} c={m.quantity.startsWith('-') ? 'red.7' : 'green.8'}>
                          {m.quantity.startsWith('-') ? '' : '+'}
                          {trimZeros(m.quantity)}
                        </Table.Td>
                        <Table.Td>
                          {m.document_type === 'sales_order' && m.document_id ? (
                            <Anchor component={Link} to={`/sales-orders/${m.document_id}`} size="sm">
                              {m.document_number ?? 'Order'}
                            </Anchor>
                          ) : (
                            (m.document_number ?? '—')
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={1}>
                            {m.reason ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{m.created_by_id ? personName(people.data, m.created_by_id) : 'System'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMore hasNextPage={moves.hasNextPage} isFetchingNextPage={moves.isFetchingNextPage} fetchNextPage={moves.fetchNextPage} shown={rows.length} noun="moves" />
            </>
          )}
        </Card>
        <Anchor component={Link} to="/stock" size="sm">
          All stock
        </Anchor>
      </Stack>
      {adjusting ? (
        <AdjustmentDialog productId={productId} warehouseId={adjusting === 'new' ? null : adjusting.warehouse_id} onClose={() => setAdjusting(null)} />
      ) : null}
    </>
  )
}
