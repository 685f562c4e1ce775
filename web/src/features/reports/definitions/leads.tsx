import { SimpleGrid } from '@mantine/core'
import { formatCount, formatPercent, humanize } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { Figure } from '../components/dashboard-card'
import { COLORS, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { formatDays } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Leads = ReportData<'/api/v1/reports/leads'>
type Funnel = Leads['summary']

const DIMENSIONS = [
  { value: 'territory', label: 'Territory' },
  { value: 'engineer', label: 'Owner' },
]

function columns(report: Leads): Column<Funnel>[] {
  const dimension = DIMENSIONS.find((d) => d.value === report.dimension)?.label
  const count = (header: string, get: (r: Funnel) => number): Column<Funnel> => ({ header, cell: (r) => formatCount(get(r)), numeric: true })
  return [
    { header: dimension ?? 'Split', cell: (r) => r.label ?? '—', hidden: !dimension },
    { header: 'Source', cell: (r) => (r.source ? humanize(r.source) : <strong>Every source</strong>) },
    count('Captured', (r) => r.captured),
    count('New', (r) => r.new),
    count('Contacted', (r) => r.contacted),
    count('Qualified', (r) => r.qualified),
    count('Disqualified', (r) => r.disqualified),
    count('Opportunities', (r) => r.opportunities),
    count('Won', (r) => r.won),
    count('Lost', (r) => r.lost),
    count('Open', (r) => r.open),
    { header: 'Conversion', cell: (r) => formatPercent(r.conversion_rate), numeric: true },
    { header: 'Win rate', cell: (r) => formatPercent(r.win_rate), numeric: true },
    { header: 'Lead to win', cell: (r) => formatPercent(r.lead_to_win_rate), numeric: true },
    { header: 'Median to convert', cell: (r) => formatDays(r.median_days_to_convert), numeric: true },
    { header: 'Median to win', cell: (r) => formatDays(r.median_days_to_win), numeric: true },
  ]
}

/** The rows grouped: each split value's sources, then its every-source total. */
function tableRows(report: Leads): Funnel[] {
  if (report.dimension === 'none') return [...report.rows, report.summary]
  return report.totals.flatMap((total) => [...report.rows.filter((r) => r.key === total.key), total])
}

export const leadsReport: ReportDefinition<'/api/v1/reports/leads'> = {
  path: '/api/v1/reports/leads',
  title: 'Leads and the funnel',
  description: 'The leads captured in the window by source and status, and how many became deals and were won: the rates between the steps and the median days.',
  file: 'leads',
  filters: [...windowFields(), { key: 'dimension', kind: 'select', label: 'Split by', options: DIMENSIONS, placeholder: 'Nothing' }, { key: 'territory_id', kind: 'territory' }, ...peopleFields('Owner')],
  isEmpty: (r) => r.summary.captured === 0,
  empty: { title: 'No leads captured in this window' },
  render: (report) => {
    const s = report.summary
    return (
      <>
        <ReportSection title="The funnel" description="Every lead of the window: captured, turned into a deal, won.">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} mt="sm">
            <Figure label="Captured" value={formatCount(s.captured)} />
            <Figure label="Became deals" value={formatCount(s.opportunities)} hint={`${formatPercent(s.conversion_rate)} of leads`} />
            <Figure label="Won" value={formatCount(s.won)} hint={`${formatPercent(s.win_rate)} of closed deals`} color="green" />
            <Figure label="Lead to win" value={formatPercent(s.lead_to_win_rate)} />
            <Figure label="Median to convert" value={formatDays(s.median_days_to_convert)} />
            <Figure label="Median to win" value={formatDays(s.median_days_to_win)} hint="from conversion" />
          </SimpleGrid>
          <ReportBarChart
            label="Bar chart of the funnel: leads captured, qualified, turned into deals and won"
            height={240}
            data={[
              { step: 'Captured', leads: s.captured },
              { step: 'Qualified or converted', leads: s.qualified + s.converted },
              { step: 'Deals', leads: s.opportunities },
              { step: 'Won', leads: s.won },
            ]}
            category="step"
            unit="count"
            series={[{ key: 'leads', name: 'Leads', color: COLORS.indigo }]}
          />
        </ReportSection>
        <ReportSection title="By source" description="Status is each lead's now; deals and their outcome are those the leads became." flush>
          <ReportTable label="Leads by source" rows={tableRows(report)} columns={columns(report)} rowKey={(r, i) => `${i}-${r.key ?? ''}-${r.source ?? 'all'}`} minWidth={1300} />
        </ReportSection>
      </>
    )
  },
}
