import { Button, Card, Group, Select, Switch } from '@mantine/core'
import { IconAdjustments } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useStockLevels, useWarehouses, type StockLevel } from '@/features/inventory/api/inventory'
import { AdjustmentDialog } from '@/features/inventory/components/adjustment-dialog'
import { StockTable } from '@/features/inventory/components/stock-table'
import { flattenPages } from '@/lib/api/pagination'
import { useCan } from '@/lib/auth/session'
import { useProductGroups } from '@/lib/lookups/catalogue'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['warehouse_id', 'group_id', 'below_reorder'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useStockLevels(filters)
  const warehouses = useWarehouses()
  const groups = useProductGroups()
  const canAdjust = useCan('stock:write')
  const [adjusting, setAdjusting] = useState<StockLevel | 'new' | null>(null)
  const levels = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageHeader
        title="Stock"
        description="What each warehouse holds: on hand, reserved for confirmed orders, available to promise, and what is coming."
        actions={
          canAdjust ? (
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setAdjusting('new')}>
              Adjust stock
            </Button>
          ) : null
        }
      />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label="Warehouse"
          placeholder="All"
          clearable
          data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
          value={filters.warehouse_id ?? null}
          onChange={(v) => setFilters({ warehouse_id: v })}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label="Product group"
          placeholder="All"
          clearable
          searchable
          data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
          value={filters.group_id ?? null}
          onChange={(v) => setFilters({ group_id: v })}
          w={{ base: '100%', xs: 220 }}
        />
        <Switch
          label="At or below reorder level"
          checked={filters.below_reorder === 'true'}
          onChange={(e) => setFilters({ below_reorder: e.currentTarget.checked ? 'true' : null })}
          mb={8}
        />
      </Group>
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading stock…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : levels.length === 0 ? (
          <EmptyState title={filtered ? 'Nothing matches these filters' : 'No stock recorded yet'} description={filtered ? 'Clear a filter to see more.' : undefined} />
        ) : (
          <>
            <StockTable levels={levels} onAdjust={canAdjust ? setAdjusting : undefined} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={levels.length} noun="rows" />
          </>
        )}
      </Card>
      {adjusting ? (
        <AdjustmentDialog
          productId={adjusting === 'new' ? null : adjusting.product_id}
          warehouseId={adjusting === 'new' ? null : adjusting.warehouse_id}
          onClose={() => setAdjusting(null)}
        />
      ) : null}
    </>
  )
}
