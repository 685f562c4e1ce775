import { Card, Text, Title } from '@mantine/core'
import { formatCount, formatDate, formatMoney, formatPercent } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { SalesByCurrency } from '../components/sales-card'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { INTERVALS, peopleFields, windowFields } from '../components/report-filters'
import { formatQuantity, mainCurrency, manyCurrencies, periodName } from '../components/report-format'
import type { ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Sales = ReportData<'/api/v1/reports/sales'>
type Row = Sales['rows'][number]

export const DIMENSIONS = [
  { value: 'territory', label: 'Territory' },
  { value: 'engineer', label: 'Seller' },
  { value: 'product_group', label: 'Product group' },
]

function columns(report: Sales): Column<Row>[] {
  const money = (get: (r: Row) => string | null) => (r: Row) => formatMoney(get(r), r.currency)
  const dimension = DIMENSIONS.find((d) => d.value === report.dimension)?.label
  return [
    { header: 'Period', cell: (r) => periodName(report.interval, r.period_start, r.period_end) },
    { header: dimension ?? 'Split', cell: (r) => r.label ?? '—', hidden: !dimension },
    { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(report.rows) },
    { header: 'Orders', cell: (r) => formatCount(r.orders), numeric: true },
    { header: 'Order value', cell: money((r) => r.order_value), numeric: true },
    { header: 'Quantity', cell: (r) => formatQuantity(r.quantity), numeric: true },
    { header: 'Average deal', cell: money((r) => r.average_deal_size), numeric: true },
    { header: 'Invoiced revenue', cell: money((r) => r.invoiced_revenue), numeric: true },
    { header: 'Won', cell: (r) => formatCount(r.won), numeric: true },
    { header: 'Lost', cell: (r) => formatCount(r.lost), numeric: true },
    { header: 'Win rate', cell: (r) => formatPercent(r.win_rate), numeric: true },
  ]
}

/** Bars per period in the main currency: sums of the API's decimals for drawing only. */
function chartRows(report: Sales, currency: string) {
  return report.periods.map((p) => {
    const rows = report.rows.filter((r) => r.currency === currency && r.period_start === p.start)
    return {
      name: periodName(report.interval, p.start, p.end),
      orders: rows.reduce((n, r) => n + plot(r.order_value), 0),
      invoiced: rows.reduce((n, r) => n + plot(r.invoiced_revenue), 0),
    }
  })
}

function Summary({ report }: { report: Sales }) {
  return (
    <Card component="section" aria-label="Summary">
      <Title order={4}>
        {formatDate(report.window.start)} – {formatDate(report.window.end)}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Against {formatDate(report.previous_window.start)} – {formatDate(report.previous_window.end)}. Values are taxable (before GST).
      </Text>
      {report.summary.length === 0 ? (
        <Text c="dimmed">No sales in either window.</Text>
      ) : (
        <SalesByCurrency rows={report.summary} />
      )}
    </Card>
  )
}

/** Orders and invoiced revenue per period (and per territory, seller or product group), against the window before. */
export const salesReport: ReportDefinition<'/api/v1/reports/sales'> = {
  path: '/api/v1/reports/sales',
  title: 'Sales report',
  description: 'Orders booked and revenue invoiced per period, in each currency, against the window before.',
  file: 'sales',
  filters: [
    ...windowFields(),
    { key: 'interval', kind: 'select', label: 'Per', options: INTERVALS, fallback: 'month' },
    { key: 'dimension', kind: 'select', label: 'Split by', options: DIMENSIONS, placeholder: 'Nothing' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields(),
  ],
  isEmpty: () => false,
  empty: { title: 'No sales in this window' },
  render: (report) => {
    const currency = mainCurrency(report.summary.length ? report.summary : report.rows)
    return (
      <>
        <Summary report={report} />
        <Card p={0}>
          {report.rows.length === 0 ? (
            <Text c="dimmed" p="md">
              No sales in this window. Widen the dates or clear a filter.
            </Text>
          ) : (
            <>
              <ReportBarChart
                label={`Bar chart of order value and invoiced revenue per ${report.interval} in ${currency}`}
                data={chartRows(report, currency)}
                category="name"
                unit="money"
                currency={currency}
                series={[
                  { key: 'orders', name: 'Order value', color: COLORS.lightBlue },
                  { key: 'invoiced', name: 'Invoiced revenue', color: '#1c7ed6' },
                ]}
              />
              <ReportTable label="Sales by period" rows={report.rows} columns={columns(report)} rowKey={(r) => `${r.period_start}-${r.key ?? ''}-${r.currency}`} minWidth={900} />
            </>
          )}
        </Card>
      </>
    )
  },
  footnote: 'Orders: confirmed and after, by order date. Invoiced revenue: issued invoices less credit notes, by document date. Win rate: deals won / (won + lost).',
}
