import { SimpleGrid, Stack } from '@mantine/core'
import { formatCount, formatMoney } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import type { ReportData } from '../api/report-api'
import { Figure } from '../components/dashboard-card'
import { COLORS, plot, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { mainCurrency, manyCurrencies } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Forecast = ReportData<'/api/v1/reports/forecast'>
type Row = Forecast['periods'][number]

/**
 * A forecast line's name: its territory's or engineer's. A line without one is the
 * records with no territory (or engineer) when the report is split, and everyone when not.
 */
export function lineName(line: { key: string | null; label: string | null }, split: string): string {
  if (line.label) return line.label
  return line.key === null && split !== 'none' ? `No ${split}` : 'Everyone'
}

export const FORECAST_SPLITS = [
  { value: 'territory', label: 'Territory' },
  { value: 'engineer', label: 'Engineer' },
]
const KINDS = [
  { key: 'won', name: 'Won', color: COLORS.teal },
  { key: 'commit', name: 'Commit', color: COLORS.blue },
  { key: 'weighted', name: 'Weighted', color: COLORS.grape },
  { key: 'best_case', name: 'Best case', color: COLORS.lightBlue },
] as const

/** A period by its first day in the window: a month, or the calendar quarter it opens, clipped to the window. */
function periodOf(interval: string | undefined, start: string, windowEnd: string): string {
  if (interval !== 'quarter') return periodLabel('month', start, start)
  const d = new Date(`${start}T00:00:00`)
  const last = new Date(d.getFullYear(), Math.floor(d.getMonth() / 3) * 3 + 2, 1)
  const end = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}-01`
  return periodLabel('quarter', start, end < windowEnd ? end : windowEnd)
}

function columns(report: Forecast, interval: string | undefined, split: string | undefined): Column<Row>[] {
  const money = (get: (r: Row) => string) => (r: Row) => formatMoney(get(r), r.currency)
  return [
    { header: 'Period', cell: (r) => periodOf(interval, r.period_start, report.window.end) },
    { header: FORECAST_SPLITS.find((s) => s.value === split)?.label ?? 'Split', cell: (r) => r.label ?? '—', hidden: !split || split === 'none' },
    { header: 'Currency', cell: (r) => r.currency, hidden: !manyCurrencies(report.periods) },
    { header: 'Deals won', cell: (r) => formatCount(r.won_deals), numeric: true },
    { header: 'Won', cell: money((r) => r.won), numeric: true },
    { header: 'Open deals', cell: (r) => formatCount(r.open_deals), numeric: true },
    { header: 'Open pipeline', cell: money((r) => r.pipeline), numeric: true },
    { header: 'Commit', cell: money((r) => r.commit), numeric: true },
    { header: 'Weighted', cell: money((r) => r.weighted), numeric: true },
    { header: 'Best case', cell: money((r) => r.best_case), numeric: true },
  ]
}

/** Per period in the main currency, the split values added for drawing only. */
function bars(report: Forecast, currency: string, interval: string | undefined) {
  const starts = [...new Set(report.periods.filter((r) => r.currency === currency).map((r) => r.period_start))].sort()
  return starts.map((start) => {
    const rows = report.periods.filter((r) => r.currency === currency && r.period_start === start)
    return Object.fromEntries([['name', periodOf(interval, start, report.window.end)], ...KINDS.map((k) => [k.key, rows.reduce((n, r) => n + plot(r[k.key]), 0)])]) as Record<string, string | number>
  })
}

export const forecastReport: ReportDefinition<'/api/v1/reports/forecast'> = {
  path: '/api/v1/reports/forecast',
  title: 'Pipeline forecast',
  description: 'What the pipeline says will close, by expected close month: won, commit, best case and the probability-weighted amount.',
  file: 'forecast',
  filters: [
    ...windowFields('This month', 'Five months on'),
    {
      key: 'interval',
      kind: 'select',
      label: 'Per',
      options: [
        { value: 'month', label: 'Month' },
        { value: 'quarter', label: 'Quarter' },
      ],
      fallback: 'month',
    },
    { key: 'dimension', kind: 'select', label: 'Split by', options: FORECAST_SPLITS, placeholder: 'Nothing' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields('Owner'),
    { key: 'segment', kind: 'segment' },
  ],
  isEmpty: (r) => r.periods.length === 0,
  empty: { title: 'Nothing expected to close in this window', description: 'No deal won or expected to close then. Move the window or clear a filter.' },
  render: (report, filters) => {
    const currency = mainCurrency(report.totals)
    return (
      <>
        <ReportSection title="Over the window" description={`Commit: won, plus open deals at least ${report.commit_probability} % likely (their stage's probability).`}>
          <Stack gap="md" mt="sm">
            {report.totals.map((t) => (
              <SimpleGrid key={t.currency} cols={{ base: 2, sm: 4 }}>
                <Figure label="Won" value={formatMoney(t.won, t.currency)} hint={`${formatCount(t.won_deals)} deals`} color="green" />
                <Figure label="Commit" value={formatMoney(t.commit, t.currency)} />
                <Figure label="Weighted" value={formatMoney(t.weighted, t.currency)} />
                <Figure label="Best case" value={formatMoney(t.best_case, t.currency)} hint={`${formatCount(t.open_deals)} open deals`} />
              </SimpleGrid>
            ))}
          </Stack>
        </ReportSection>
        <ReportSection title="Per period" flush>
          <ReportBarChart
            label={`Bar chart of won, commit, weighted and best case per ${filters.interval ?? 'month'} in ${currency}`}
            data={bars(report, currency, filters.interval)}
            category="name"
            unit="money"
            currency={currency}
            series={KINDS.map((k) => ({ ...k }))}
          />
          <ReportTable label="Forecast per period" rows={report.periods} columns={columns(report, filters.interval, filters.dimension)} rowKey={(r) => `${r.period_start}-${r.key ?? ''}-${r.currency}`} minWidth={1100} />
        </ReportSection>
      </>
    )
  },
  footnote: 'An open deal counts in the period of its expected close date; one whose date has passed still counts, today. Weighted: each open deal’s amount × its probability.',
}

