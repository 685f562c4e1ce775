import { Badge, Group, Text } from '@mantine/core'
import { lazy } from 'react'
import { formatDate, formatMoney, formatPercent } from '@/lib/format'
import { periodLabel } from '@/lib/periods'
import type { ReportData } from '../api/report-api'
import type { ForecastPoint } from '../components/forecast-chart'
import { ChartBox, plot } from '../components/report-chart'
import { peopleFields } from '../components/report-filters'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'
import { FORECAST_SPLITS, lineName } from './forecast'

type RevenueForecast = ReportData<'/api/v1/reports/revenue-forecast'>
type Series = RevenueForecast['series'][number]
type Month = Series['forecast'][number]

const ForecastChart = lazy(() => import('../components/forecast-chart'))

const METHODS: Record<string, string> = {
  holt_winters: 'Holt-Winters (trend and yearly season)',
  holt: 'Holt’s linear trend',
  mean: 'the monthly mean',
}

const month = (iso: string) => periodLabel('month', iso, iso)

/** History, then the forecast; the forecast line starts at the last booked month so the two join. */
function points(series: Series): ForecastPoint[] {
  const history: ForecastPoint[] = series.history.map((m) => ({ name: month(m.month), actual: plot(m.value) }))
  const last = history.at(-1)
  if (last && series.forecast.length) Object.assign(last, { forecast: last.actual, band: [last.actual, last.actual] })
  return [...history, ...series.forecast.map((m) => ({ name: month(m.month), forecast: plot(m.value), band: [plot(m.low), plot(m.high)] as [number, number] }))]
}

/** The held-out error in words: what a reader should expect of the line. */
export function errorSentence(series: Series): string {
  const e = series.held_out
  if (!e) return 'The history is too short to measure how far off this method is: read the line as a rough guide.'
  const months = e.months === 1 ? 'month' : `${e.months} months`
  const mape = e.mape === null ? '' : ` it was off by ${formatPercent(e.mape)} on average (MAPE), and`
  return `Fitted without the last ${months} and asked to forecast them,${mape} its typical miss was ${formatMoney(e.rmse, series.currency)} a month (RMSE). Expect errors of about that size.`
}

const FORECAST_COLUMNS: Column<Month & { currency: string }>[] = [
  { header: 'Month', cell: (r) => month(r.month) },
  { header: 'Forecast', cell: (r) => formatMoney(r.value, r.currency), numeric: true },
  { header: 'Low', cell: (r) => formatMoney(r.low, r.currency), numeric: true },
  { header: 'High', cell: (r) => formatMoney(r.high, r.currency), numeric: true },
]

/** The series' name (see lineName), with its currency when not rupees. */
export function seriesTitle(series: Series, split: string | undefined): string {
  return `${lineName(series, split ?? 'territory')}${series.currency === 'INR' ? '' : ` (${series.currency})`}`
}

function SeriesCard({ series, split }: { series: Series; split: string | undefined }) {
  const title = seriesTitle(series, split)
  return (
    <ReportSection title={title} description={`Fitted by ${METHODS[series.method] ?? series.method} to ${series.history.length} months.`} flush>
      <ChartBox label={`Line chart of booked revenue and its forecast with a shaded likely range for ${title}`} height={280}>
        <ForecastChart points={points(series)} currency={series.currency} />
      </ChartBox>
      <Group px="md" pb="sm" gap="xs" align="flex-start" wrap="nowrap">
        {series.held_out ? (
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {series.held_out.mape === null ? '' : `MAPE ${formatPercent(series.held_out.mape)} · `}RMSE {formatMoney(series.held_out.rmse, series.currency)}
          </Badge>
        ) : null}
        <Text size="sm" c="dimmed">
          {errorSentence(series)}
        </Text>
      </Group>
      <ReportTable label={`Forecast for ${title}`} rows={series.forecast.map((m) => ({ ...m, currency: series.currency }))} columns={FORECAST_COLUMNS} rowKey={(r) => r.month} minWidth={480} />
    </ReportSection>
  )
}

export const revenueForecastReport: ReportDefinition<'/api/v1/reports/revenue-forecast'> = {
  path: '/api/v1/reports/revenue-forecast',
  title: 'Revenue forecast',
  description: 'Monthly booked revenue forecast from its own history, with the range it will likely fall in and how far off the method was on months it had not seen.',
  file: 'revenue-forecast',
  filters: [
    { key: 'dimension', kind: 'select', label: 'One line per', options: [...FORECAST_SPLITS, { value: 'none', label: 'Everyone together' }], fallback: 'territory' },
    { key: 'months', kind: 'select', label: 'Forecast', options: ['3', '6', '12', '24'].map((n) => ({ value: n, label: `${n} months` })), fallback: '6' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields(),
    { key: 'segment', kind: 'segment' },
  ],
  isEmpty: (r) => r.series.length === 0,
  empty: { title: 'No booked revenue to forecast from', description: 'No orders were booked in the months before this one.' },
  render: (report, filters) => (
    <>
      <Text size="sm" c="dimmed">
        History: {formatDate(report.history.start)} – {formatDate(report.history.end)}, booked orders’ taxable value. The band is where the month will land about 19 times out of 20 if the past pattern holds.
      </Text>
      {report.series.map((s) => (
        <SeriesCard key={`${s.key ?? 'all'}-${s.currency}`} series={s} split={filters.dimension} />
      ))}
    </>
  ),
}
