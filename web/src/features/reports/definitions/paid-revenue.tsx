import { formatCount, formatMoney } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { INTERVALS, peopleFields, windowFields } from '../components/report-filters'
import { mainCurrency, manyCurrencies, periodName } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type PaidRevenue = ReportData<'/api/v1/reports/paid-revenue'>
type Total = PaidRevenue['totals'][number]
type Row = PaidRevenue['periods'][number]

const SPLITS = [
  { value: 'engineer', label: 'Seller' },
  { value: 'territory', label: 'Territory' },
]
const splitLabel = (report: PaidRevenue) => SPLITS.find((s) => s.value === report.dimension)?.label

function totalColumns(report: PaidRevenue): Column<Total>[] {
  return [
    { header: splitLabel(report) ?? 'Split', cell: (r) => r.label ?? '—', hidden: !splitLabel(report) },
    { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(report.totals) },
    { header: 'Invoices paid into', cell: (r) => formatCount(r.invoices), numeric: true },
    { header: 'Collected (with tax)', cell: (r) => formatMoney(r.collected, r.currency), numeric: true },
    { header: 'Commission base (untaxed)', cell: (r) => <strong>{formatMoney(r.collected_net, r.currency)}</strong>, numeric: true },
  ]
}

function periodColumns(report: PaidRevenue): Column<Row>[] {
  return [
    { header: 'Period', cell: (r) => periodName(report.interval, r.period_start, r.period_end) },
    ...(totalColumns(report) as Column<Row>[]),
  ]
}

/** Per period, the untaxed money collected in the main currency, the split added for drawing only. */
function bars(report: PaidRevenue, currency: string) {
  const starts = [...new Set(report.periods.filter((r) => r.currency === currency).map((r) => r.period_start))].sort()
  return starts.map((start) => {
    const rows = report.periods.filter((r) => r.currency === currency && r.period_start === start)
    return {
      name: periodName(report.interval, start, rows[0]?.period_end ?? start),
      net: rows.reduce((n, r) => n + plot(r.collected_net), 0),
    }
  })
}

export const paidRevenueReport: ReportDefinition<'/api/v1/reports/paid-revenue'> = {
  path: '/api/v1/reports/paid-revenue',
  title: 'Paid revenue',
  description: 'Money customers paid against invoices, per seller: the base commissions are paid on (on money received, not on orders).',
  file: 'paid-revenue',
  filters: [
    ...windowFields(),
    { key: 'interval', kind: 'select', label: 'Per', options: INTERVALS, fallback: 'month' },
    { key: 'dimension', kind: 'select', label: 'Split by', options: SPLITS, placeholder: 'Everyone together' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields(),
    { key: 'segment', kind: 'segment' },
  ],
  isEmpty: (r) => r.totals.length === 0,
  empty: { title: 'No money collected in this window', description: 'No payment was applied to an invoice then. Move the window or clear a filter.' },
  render: (report) => {
    const currency = mainCurrency(report.totals)
    return (
      <>
        <ReportSection title="Over the window" description="Per seller: what commissions are computed on. Untaxed: each payment’s share of its invoice’s taxable value." flush>
          <ReportTable label="Paid revenue over the window" rows={report.totals} columns={totalColumns(report)} rowKey={(r) => `${r.key ?? 'all'}-${r.currency}`} />
        </ReportSection>
        <ReportSection title="Per period" flush>
          <ReportBarChart
            label={`Bar chart of the untaxed money collected per period in ${currency}`}
            data={bars(report, currency)}
            category="name"
            unit="money"
            currency={currency}
            series={[{ key: 'net', name: 'Collected (untaxed)', color: COLORS.teal }]}
          />
          <ReportTable label="Paid revenue per period" rows={report.periods} columns={periodColumns(report)} rowKey={(r) => `${r.period_start}-${r.key ?? 'all'}-${r.currency}`} />
        </ReportSection>
      </>
    )
  },
  footnote: 'A payment counts on the day it was applied to the invoice, toward the invoice’s seller: the order’s owner, else the customer’s.',
}
