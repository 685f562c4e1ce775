import { Text } from '@mantine/core'
import { formatCount, formatDate, formatMoney, formatPercent } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { INTERVALS, peopleFields, windowFields } from '../components/report-filters'
import { mainCurrency, manyCurrencies, periodName } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Receivables = ReportData<'/api/v1/reports/receivables'>
type Aging = Receivables['aging'][number]
type Plan = Receivables['plan'][number] & { total?: boolean }

const DIMENSIONS = [
  { value: 'territory', label: 'Territory' },
  { value: 'engineer', label: 'Seller' },
]
const BUCKETS = [
  { key: 'current', name: 'Not yet due', color: COLORS.teal },
  { key: 'days_1_30', name: '1–30 days', color: COLORS.yellow },
  { key: 'days_31_60', name: '31–60 days', color: COLORS.orange },
  { key: 'days_61_90', name: '61–90 days', color: COLORS.red },
  { key: 'over_90', name: 'Over 90 days', color: '#c92a2a' },
] as const

function agingColumns(report: Receivables, rows: Aging[]): Column<Aging>[] {
  const dimension = DIMENSIONS.find((d) => d.value === report.dimension)?.label
  return [
    { header: dimension ?? 'Split', cell: (r) => r.label ?? (r.key ? '—' : 'All'), hidden: !dimension },
    { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(rows) },
    { header: 'Invoices', cell: (r) => formatCount(r.invoices), numeric: true },
    ...BUCKETS.map((b) => ({ header: b.name, cell: (r: Aging) => formatMoney(r[b.key], r.currency), numeric: true })),
    { header: 'Overdue', cell: (r) => formatMoney(r.overdue_total, r.currency), numeric: true },
    { header: 'Open', cell: (r) => <strong>{formatMoney(r.total_open, r.currency)}</strong>, numeric: true },
  ]
}

function planColumns(report: Receivables): Column<Plan>[] {
  const dimension = DIMENSIONS.find((d) => d.value === report.dimension)?.label
  const money = (get: (r: Plan) => string) => (r: Plan) => formatMoney(get(r), r.currency)
  return [
    { header: 'Period', cell: (r) => (r.total ? <strong>Whole window</strong> : r.period_start && r.period_end ? periodName(report.interval, r.period_start, r.period_end) : 'Not yet dated') },
    { header: dimension ?? 'Split', cell: (r) => r.label ?? '—', hidden: !dimension },
    { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(report.plan) },
    { header: 'Milestones', cell: (r) => formatCount(r.milestones), numeric: true },
    { header: 'Planned', cell: money((r) => r.planned), numeric: true },
    { header: 'Invoiced', cell: money((r) => r.invoiced), numeric: true },
    { header: 'Collected', cell: money((r) => r.collected), numeric: true },
    { header: 'Outstanding', cell: money((r) => r.outstanding), numeric: true },
    { header: 'Due, not collected', cell: money((r) => r.due_uncollected), numeric: true },
    { header: 'Collected of plan', cell: (r) => formatPercent(r.collection_rate), numeric: true },
  ]
}

/** Planned, invoiced and collected per dated period in the main currency (for drawing). */
function planBars(report: Receivables, currency: string) {
  return report.periods.map((p) => {
    const rows = report.plan.filter((r) => r.currency === currency && r.period_start === p.start)
    const sum = (get: (r: Plan) => string) => rows.reduce((n, r) => n + plot(get(r)), 0)
    return { name: periodName(report.interval, p.start, p.end), planned: sum((r) => r.planned), invoiced: sum((r) => r.invoiced), collected: sum((r) => r.collected) }
  })
}

export const receivablesReport: ReportDefinition<'/api/v1/reports/receivables'> = {
  path: '/api/v1/reports/receivables',
  title: 'Receivables',
  description: 'What customers owe by days past due, and what the orders’ invoicing plans promised against what was collected.',
  file: 'receivables',
  filters: [
    ...windowFields('11 months ago', 'Today (aging as of)'),
    { key: 'interval', kind: 'select', label: 'Plan per', options: INTERVALS, fallback: 'month' },
    { key: 'dimension', kind: 'select', label: 'Split by', options: DIMENSIONS, placeholder: 'Nothing' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields(),
    { key: 'segment', kind: 'segment' },
  ],
  isEmpty: (r) => r.aging.length === 0 && r.plan.length === 0,
  empty: { title: 'Nothing owed and nothing planned', description: 'No open invoices as of the last day and no invoicing milestones in the window.' },
  render: (report) => {
    const agingCurrency = mainCurrency(report.aging_totals)
    const total = report.aging_totals.find((t) => t.currency === agingCurrency)
    const planCurrency = mainCurrency(report.plan_totals)
    const aging = report.dimension === 'none' ? report.aging_totals : report.aging
    return (
      <>
        <ReportSection title="Aging" description={`Open amounts of issued invoices as of ${formatDate(report.as_of)}, by days past due.`} flush>
          {total ? (
            <ReportBarChart
              label={`Bar chart of open receivables by days past due in ${agingCurrency}`}
              height={220}
              data={BUCKETS.map((b) => ({ name: b.name, amount: plot(total[b.key]) }))}
              category="name"
              unit="money"
              currency={agingCurrency}
              series={[{ key: 'amount', name: 'Open', color: COLORS.orange }]}
            />
          ) : (
            <Text c="dimmed" size="sm" p="md">
              Nothing open as of {formatDate(report.as_of)}.
            </Text>
          )}
          {aging.length ? (
            <ReportTable label="Aging" rows={aging} columns={agingColumns(report, aging)} rowKey={(r) => `${r.key ?? ''}-${r.currency}`} minWidth={900} />
          ) : null}
        </ReportSection>
        <ReportSection title="Collection against plan" description="Milestones of booked orders whose plan day falls in the window: planned, and so far invoiced and collected." flush>
          {report.plan.length ? (
            <>
              <ReportBarChart
                label={`Bar chart of planned, invoiced and collected amounts per ${report.interval} in ${planCurrency}`}
                data={planBars(report, planCurrency)}
                category="name"
                unit="money"
                currency={planCurrency}
                series={[
                  { key: 'planned', name: 'Planned', color: COLORS.lightBlue },
                  { key: 'invoiced', name: 'Invoiced', color: COLORS.blue },
                  { key: 'collected', name: 'Collected', color: COLORS.teal },
                ]}
              />
              <ReportTable label="Collection against plan" rows={[...report.plan, ...report.plan_totals.map((t) => ({ ...t, total: true }))]} columns={planColumns(report)} rowKey={(r, i) => `${i}-${r.period_start ?? 'total'}-${r.key ?? ''}-${r.currency}`} minWidth={1000} />
            </>
          ) : (
            <Text c="dimmed" size="sm" p="md">
              No invoicing milestones fall in the window.
            </Text>
          )}
        </ReportSection>
      </>
    )
  },
  footnote: 'A receivable is its seller’s: the owner of the order billed, else the customer’s owner. Collected of plan: collected ÷ planned.',
}
