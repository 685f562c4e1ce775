import { formatCount } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { COLORS, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { formatQuantity } from '../components/report-format'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Activities = ReportData<'/api/v1/reports/activities'>
type Person = Activities['summary']

const km = (v: string | null) => (v === null ? '—' : `${formatQuantity(v)} km`)
const count = (header: string, get: (r: Person) => number): Column<Person> => ({ header, cell: (r) => formatCount(get(r)), numeric: true })

const COLUMNS: Column<Person>[] = [
  { header: 'Person', cell: (r) => (r.user_id ? r.user_name : <strong>Everyone</strong>) },
  { header: 'Team', cell: (r) => r.team_name ?? '—' },
  count('Calls', (r) => r.calls),
  count('E-mails', (r) => r.emails),
  count('Meetings', (r) => r.meetings),
  count('Appointments', (r) => r.appointments),
  count('Tasks', (r) => r.tasks),
  count('Visits planned', (r) => r.visits_planned),
  count('Visits done', (r) => r.visits_done),
  count('Unplanned', (r) => r.visits_unplanned),
  count('Flagged check-ins', (r) => r.flagged_check_ins),
  count('Duty days', (r) => r.duty_days),
  { header: 'Odometer', cell: (r) => km(r.odometer_km), numeric: true },
  { header: 'Km claimed', cell: (r) => km(r.claimed_km), numeric: true },
]

export const activitiesReport: ReportDefinition<'/api/v1/reports/activities'> = {
  path: '/api/v1/reports/activities',
  title: 'Field activity',
  description: 'Per engineer: calls, meetings and other activities done, visits planned and done, working days and kilometres.',
  file: 'activities',
  filters: [...windowFields(), ...peopleFields('Person')],
  isEmpty: (r) => r.items.length === 0,
  empty: { title: 'Nobody to report on', description: 'No one in this selection worked in the window.' },
  render: (report) => (
    <ReportSection title="Per person" flush>
      <ReportBarChart
        label="Bar chart of calls, meetings and visits done per person"
        height={Math.max(220, report.items.length * 34 + 60)}
        horizontal
        data={report.items.map((p) => ({ name: p.user_name ?? '—', calls: p.calls, meetings: p.meetings + p.appointments, visits: p.visits_done }))}
        category="name"
        unit="count"
        series={[
          { key: 'calls', name: 'Calls', color: COLORS.blue, stack: 'a' },
          { key: 'meetings', name: 'Meetings and appointments', color: COLORS.grape, stack: 'a' },
          { key: 'visits', name: 'Visits done', color: COLORS.teal, stack: 'a' },
        ]}
      />
      <ReportTable label="Activities per person" rows={[...report.items, report.summary]} columns={COLUMNS} rowKey={(r) => r.user_id ?? 'everyone'} minWidth={1300} />
    </ReportSection>
  ),
  footnote: 'Odometer: km between the start and end readings of the days that have both. Km claimed: mileage on expense reports handed in and not rejected.',
}
