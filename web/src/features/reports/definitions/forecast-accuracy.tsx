import { Badge, Group, Text } from '@mantine/core'
import { formatCount, formatMoney, formatPercent } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import type { ReportData } from '../api/report-api'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { mainCurrency, manyCurrencies } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'
import { lineName } from './forecast'

type Accuracy = ReportData<'/api/v1/reports/forecast-accuracy'>
type Row = Accuracy['rows'][number]
type Series = Accuracy['series'][number]

const month = (iso: string) => periodLabel('month', iso, iso)
const SPLITS = [
  { value: 'engineer', label: 'Engineer' },
  { value: 'territory', label: 'Territory (admins)' },
  { value: 'none', label: 'The company (admins)' },
]
const LEADS = [
  { value: '0', label: 'At the month’s start' },
  { value: '1', label: 'A month ahead' },
  { value: '2', label: 'Two months ahead' },
  { value: '3', label: 'Three months ahead' },
]

function rangeName(kind: string): [string, string] {
  return kind === 'pipeline' ? ['Commit', 'Best case'] : ['Band low', 'Band high']
}

function seriesColumns(report: Accuracy, split: string): Column<Series>[] {
  return [
    { header: 'Series', cell: (s) => lineName(s, split) },
    { header: 'Currency', cell: (s) => s.currency, hidden: !manyCurrencies(report.series) },
    { header: 'Months', cell: (s) => formatCount(s.months), numeric: true },
    { header: 'Off by (MAPE)', cell: (s) => (s.mape === null ? '—' : formatPercent(s.mape)), numeric: true },
    { header: 'Bias', cell: (s) => (s.bias_percent === null ? '—' : `${Number(s.bias_percent) > 0 ? '+' : ''}${formatPercent(s.bias_percent)}`), numeric: true },
    { header: 'In range', cell: (s) => `${formatCount(s.within)} of ${formatCount(s.months)}`, numeric: true },
  ]
}

function rowColumns(report: Accuracy, split: string): Column<Row>[] {
  const [low, high] = rangeName(report.kind)
  const money = (get: (r: Row) => string) => (r: Row) => formatMoney(get(r), r.currency)
  return [
    { header: 'Month', cell: (r) => month(r.month) },
    { header: 'Series', cell: (r) => lineName(r, split) },
    { header: 'Predicted in', cell: (r) => month(r.taken_on) },
    { header: report.kind === 'pipeline' ? 'Weighted' : 'Forecast', cell: money((r) => r.forecast), numeric: true },
    { header: low, cell: money((r) => r.low), numeric: true },
    { header: high, cell: money((r) => r.high), numeric: true },
    { header: report.kind === 'pipeline' ? 'Won' : 'Booked', cell: money((r) => r.actual), numeric: true },
    { header: 'Error', cell: money((r) => r.error), numeric: true },
    { header: 'Error %', cell: (r) => (r.error_percent === null ? '—' : formatPercent(r.error_percent)), numeric: true },
    {
      header: 'In range',
      cell: (r) => (
        <Badge variant="light" color={r.within ? 'green' : 'orange'}>
          {r.within ? 'Yes' : 'No'}
        </Badge>
      ),
    },
  ]
}

/** Per month in the main currency, predicted against what happened (the series added for drawing only). */
function bars(report: Accuracy, currency: string) {
  const months = [...new Set(report.rows.filter((r) => r.currency === currency).map((r) => r.month))].sort()
  return months.map((m) => {
    const rows = report.rows.filter((r) => r.currency === currency && r.month === m)
    return { name: month(m), forecast: rows.reduce((n, r) => n + plot(r.forecast), 0), actual: rows.reduce((n, r) => n + plot(r.actual), 0) }
  })
}

export const forecastAccuracyReport: ReportDefinition<'/api/v1/reports/forecast-accuracy'> = {
  path: '/api/v1/reports/forecast-accuracy',
  title: 'Forecast accuracy',
  description: 'What the forecasts said at the start of each month, beside what then happened: how far off they were, and whether the month landed in the predicted range.',
  file: 'forecast-accuracy',
  filters: [
    ...windowFields(),
    {
      key: 'kind',
      kind: 'select',
      label: 'Forecast',
      options: [
        { value: 'revenue', label: 'Revenue (from history)' },
        { value: 'pipeline', label: 'Pipeline (weighted)' },
      ],
      fallback: 'revenue',
    },
    { key: 'lead', kind: 'select', label: 'Made', options: LEADS, fallback: '1' },
    { key: 'dimension', kind: 'select', label: 'One line per', options: SPLITS, fallback: 'engineer' },
    ...peopleFields(),
  ],
  isEmpty: (r) => r.rows.length === 0,
  empty: {
    title: 'No stored prediction of these months yet',
    description: 'A snapshot of the forecasts is kept at the start of every month; once a month it predicted is over, it shows here.',
  },
  render: (report, filters) => {
    const currency = mainCurrency(report.rows)
    const split = filters.dimension ?? 'engineer'
    const [low, high] = rangeName(report.kind)
    return (
      <>
        <ReportSection title="How right it was" description={`Per series: the mean absolute percentage error, the bias (positive: it predicted more than happened), and the months that fell between ${low.toLowerCase()} and ${high.toLowerCase()}.`} flush>
          <ReportTable label="Accuracy per series" rows={report.series} columns={seriesColumns(report, split)} rowKey={(s) => `${s.key ?? 'all'}-${s.currency}`} />
        </ReportSection>
        <ReportSection title="Predicted against what happened" flush>
          <Group px="md" pt="xs">
            <Text size="xs" c="dimmed">
              Made {LEADS.find((l) => l.value === String(report.lead))?.label.toLowerCase() ?? `${report.lead} months ahead`}.
            </Text>
          </Group>
          <ReportBarChart
            label={`Bar chart of predicted and actual per month in ${currency}`}
            data={bars(report, currency)}
            category="name"
            unit="money"
            currency={currency}
            series={[
              { key: 'forecast', name: report.kind === 'pipeline' ? 'Weighted forecast' : 'Forecast', color: COLORS.lightBlue },
              { key: 'actual', name: report.kind === 'pipeline' ? 'Won' : 'Booked', color: COLORS.teal },
            ]}
          />
          <ReportTable label="Predictions per month" rows={report.rows} columns={rowColumns(report, split)} rowKey={(r) => `${r.month}-${r.key ?? 'all'}-${r.currency}`} minWidth={1100} />
        </ReportSection>
      </>
    )
  },
  footnote: 'Revenue: booked orders’ taxable value, against the forecast’s ~95 % band. Pipeline: deals won, against commit (low) and best case (high). An engineer’s series shows to them and their head; a territory’s and the company’s, whose orders span teams, to admins.',
}
