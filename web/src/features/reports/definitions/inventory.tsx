import { Badge } from '@mantine/core'
import { formatCount, formatDate } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { COLORS, ReportBarChart } from '../components/report-chart'
import { windowFields } from '../components/report-filters'
import { formatQuantity } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Inventory = ReportData<'/api/v1/reports/inventory'>
type Position = Inventory['items'][number]
type Warehouse = Inventory['warehouses'][number]

const qty = (header: string, get: (r: Position) => string): Column<Position> => ({ header, cell: (r) => formatQuantity(get(r)), numeric: true })

const POSITIONS: Column<Position>[] = [
  { header: 'Warehouse', cell: (r) => r.warehouse_name },
  { header: 'SKU', cell: (r) => r.sku },
  {
    header: 'Product',
    cell: (r) => (
      <>
        {r.product_name}{' '}
        {r.is_slow_mover ? (
          <Badge style={{ minWidth: 'max-content' }} size="xs" color="orange" variant="light">
            Slow mover
          </Badge>
        ) : null}
      </>
    ),
  },
  { header: 'Group', cell: (r) => r.product_group_name ?? '—' },
  qty('On hand', (r) => r.on_hand),
  qty('Reserved', (r) => r.reserved),
  qty('Available', (r) => r.available),
  qty('On order', (r) => r.on_order),
  qty('In transit', (r) => r.in_transit),
  qty('Delivered', (r) => r.delivered),
  { header: 'Last delivery', cell: (r) => formatDate(r.last_delivered_at) },
  { header: 'Open requests', cell: (r) => formatCount(r.open_requests), numeric: true },
  qty('Still to come', (r) => r.quantity_on_request),
]

const WAREHOUSES: Column<Warehouse>[] = [
  { header: 'Warehouse', cell: (r) => r.warehouse_name },
  { header: 'Products', cell: (r) => formatCount(r.products), numeric: true },
  { header: 'In stock', cell: (r) => formatCount(r.products_in_stock), numeric: true },
  { header: 'Slow movers', cell: (r) => formatCount(r.slow_movers), numeric: true },
  { header: 'Open requests', cell: (r) => formatCount(r.open_requests), numeric: true },
]

export const inventoryReport: ReportDefinition<'/api/v1/reports/inventory'> = {
  path: '/api/v1/reports/inventory',
  title: 'Inventory',
  description: 'Stock per warehouse now, reserved against available, slow movers (stock on hand, nothing delivered in the window) and open procurement.',
  file: 'inventory',
  filters: [...windowFields('11 months ago', 'Today'), { key: 'warehouse_id', kind: 'warehouse' }, { key: 'product_group_id', kind: 'product_group' }],
  isEmpty: (r) => r.items.length === 0,
  empty: { title: 'No stock to report', description: 'No product has a stock row in this selection.' },
  render: (report) => (
    <>
      <ReportSection title="Per warehouse" description="Products with a stock row, how many are in stock, slow movers and open procurement requests." flush>
        <ReportBarChart
          label="Bar chart of products in stock, slow movers and open procurement requests per warehouse"
          height={240}
          data={report.warehouses.map((w) => ({ name: w.warehouse_name, stock: w.products_in_stock, slow: w.slow_movers, requests: w.open_requests }))}
          category="name"
          unit="count"
          series={[
            { key: 'stock', name: 'Products in stock', color: COLORS.teal },
            { key: 'slow', name: 'Slow movers', color: COLORS.orange },
            { key: 'requests', name: 'Open requests', color: COLORS.indigo },
          ]}
        />
        <ReportTable label="Stock per warehouse" rows={report.warehouses} columns={WAREHOUSES} rowKey={(r) => r.warehouse_id} minWidth={560} />
      </ReportSection>
      <ReportSection title="Per product" description="Reserved: promised to confirmed orders. Available: on hand less reserved. Delivered: to customers in the window." flush>
        <ReportTable label="Stock per product" rows={report.items} columns={POSITIONS} rowKey={(r) => `${r.warehouse_id}-${r.product_id}`} minWidth={1400} />
      </ReportSection>
    </>
  ),
}
