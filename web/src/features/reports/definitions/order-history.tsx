import { Anchor, Badge, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDate, formatMoney, formatPercent, humanize } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import type { ReportData } from '../api/report-api'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { formatDays, mainCurrency, manyCurrencies } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type History = ReportData<'/api/v1/reports/order-history'>
type Order = History['items'][number]

const STATUSES = ['draft', 'credit_hold', 'confirmed', 'partially_delivered', 'delivered', 'closed', 'cancelled'].map((s) => ({ value: s, label: humanize(s) }))
const STATUS_COLORS: Record<string, string> = { draft: 'gray', credit_hold: 'orange', confirmed: 'blue', partially_delivered: 'cyan', delivered: 'teal', closed: 'green', cancelled: 'red' }

function columns(rows: Order[]): Column<Order>[] {
  const money = (get: (r: Order) => string) => (r: Order) => formatMoney(get(r), r.currency)
  return [
    {
      header: 'Order',
      cell: (r) => (
        <Anchor component={Link} to={`/sales-orders/${r.order_id}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {r.number}
        </Anchor>
      ),
    },
    { header: 'Date', cell: (r) => formatDate(r.order_date) },
    { header: 'Customer', cell: (r) => r.customer_name ?? <Text span c="dimmed" size="sm">Not yours to see</Text> },
    { header: 'Seller', cell: (r) => r.seller_name ?? '—' },
    { header: 'Territory', cell: (r) => r.territory_name ?? '—' },
    {
      header: 'Status',
      cell: (r) => (
        <Badge style={{ minWidth: 'max-content' }} size="xs" variant="light" color={STATUS_COLORS[r.status] ?? 'gray'}>
          {humanize(r.status)}
        </Badge>
      ),
    },
    { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(rows) },
    { header: 'Taxable', cell: money((r) => r.taxable_total), numeric: true },
    { header: 'Total', cell: money((r) => r.grand_total), numeric: true },
    { header: 'Invoiced', cell: money((r) => r.invoiced), numeric: true },
    { header: 'Collected', cell: money((r) => r.collected), numeric: true },
    { header: 'Delivered', cell: (r) => formatPercent(r.delivered_percent), numeric: true },
    { header: 'To confirm', cell: (r) => formatDays(r.days_to_confirm), numeric: true },
    { header: 'To deliver', cell: (r) => formatDays(r.days_to_deliver), numeric: true },
    { header: 'Closed / cancelled', cell: (r) => formatDate(r.cancelled_at ?? r.closed_at) },
  ]
}

/** Taxable order value per month of the listed orders, in the main currency (for drawing). */
function perMonth(items: Order[], currency: string) {
  const months = new Map<string, number>()
  for (const o of [...items].reverse()) {
    if (o.currency !== currency || o.status === 'cancelled') continue
    const month = o.order_date.slice(0, 7)
    months.set(month, (months.get(month) ?? 0) + plot(o.taxable_total))
  }
  return [...months].map(([month, value]) => ({ name: periodLabel('month', `${month}-01`, `${month}-28`), value }))
}

export const orderHistoryReport: ReportDefinition<'/api/v1/reports/order-history'> = {
  path: '/api/v1/reports/order-history',
  title: 'Order history',
  description: 'Every order dated in the window and what became of it: invoiced, collected, delivered, and the days between the steps.',
  file: 'order-history',
  filters: [...windowFields(), { key: 'status', kind: 'select', label: 'Status', options: STATUSES, placeholder: 'Any' }, { key: 'territory_id', kind: 'territory' }, ...peopleFields(), { key: 'segment', kind: 'segment' }],
  isEmpty: (r) => r.items.length === 0,
  empty: { title: 'No orders in this window' },
  render: (report) => {
    const currency = mainCurrency(report.items)
    return (
      <ReportSection
        title="Orders"
        description={report.next_cursor ? `The newest ${report.items.length} orders of the window; the download holds every one.` : `${report.items.length} orders, newest first.`}
        flush
      >
        <ReportBarChart
          label={`Bar chart of order value per month in ${currency}, cancelled orders left out`}
          height={240}
          data={perMonth(report.items, currency)}
          category="name"
          unit="money"
          currency={currency}
          series={[{ key: 'value', name: 'Taxable order value', color: COLORS.blue }]}
        />
        <ReportTable label="Order history" rows={report.items} columns={columns(report.items)} rowKey={(r) => r.order_id} minWidth={1500} />
      </ReportSection>
    )
  },
  footnote: 'Invoiced and collected: on the order’s invoicing milestones so far. To confirm: from made to confirmed; to deliver: from confirmed to delivered in full.',
}
