import { Anchor } from '@mantine/core'
import { Link } from 'react-router'
import { formatCount, formatDate, humanize } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { COLORS, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Contacts = ReportData<'/api/v1/reports/contacts'>
type Contact = Contacts['items'][number]

const count = (header: string, get: (r: Contact) => number): Column<Contact> => ({ header, cell: (r) => formatCount(get(r)), numeric: true })

const COLUMNS: Column<Contact>[] = [
  { header: 'Contact', cell: (r) => (r.title ? `${r.name}, ${r.title}` : r.name) },
  {
    header: 'Customer',
    cell: (r) => (
      <Anchor component={Link} to={`/customers/${r.customer_id}`} size="sm">
        {r.customer_name}
      </Anchor>
    ),
  },
  { header: 'Prefers', cell: (r) => humanize(r.channel) },
  count('Interactions', (r) => r.interactions),
  // A float from the API (a rate, not money): one decimal is enough to read.
  { header: 'Per 30 days', cell: (r) => r.per_month.toFixed(1), numeric: true },
  count('Calls', (r) => r.calls),
  count('E-mails', (r) => r.emails),
  count('Meetings', (r) => r.meetings),
  count('Appointments', (r) => r.appointments),
  count('Tasks', (r) => r.tasks),
  { header: 'First', cell: (r) => formatDate(r.first_at) },
  { header: 'Last', cell: (r) => formatDate(r.last_at) },
  count('Days since', (r) => r.days_since_last),
  { header: 'Last outcome', cell: (r) => r.last_outcome ?? '—', wrap: true },
]

export const contactsReport: ReportDefinition<'/api/v1/reports/contacts'> = {
  path: '/api/v1/reports/contacts',
  title: 'Contact interactions',
  description: 'Per contact: the calls, e-mails, meetings and tasks done with them in the window, how often, and how long since the last.',
  file: 'contacts',
  filters: [
    ...windowFields(),
    { key: 'limit', kind: 'select', label: 'Show', options: ['25', '100', '500', '1000'].map((n) => ({ value: n, label: `${n} contacts` })), fallback: '100' },
    { key: 'territory_id', kind: 'territory' },
    ...peopleFields('Done by'),
    { key: 'segment', kind: 'segment' },
  ],
  isEmpty: (r) => r.items.length === 0,
  empty: { title: 'No interactions in this window' },
  render: (report) => {
    const top = report.items.slice(0, 12)
    return (
      <ReportSection title="Per contact" description="Most interactions first." flush>
        <ReportBarChart
          label="Bar chart of interactions with the most contacted contacts, by type"
          height={Math.max(200, top.length * 30 + 60)}
          horizontal
          data={top.map((c) => ({ name: c.name, calls: c.calls, emails: c.emails, meetings: c.meetings + c.appointments, tasks: c.tasks }))}
          category="name"
          unit="count"
          series={[
            { key: 'calls', name: 'Calls', color: COLORS.blue, stack: 'a' },
            { key: 'emails', name: 'E-mails', color: COLORS.lightBlue, stack: 'a' },
            { key: 'meetings', name: 'Meetings', color: COLORS.grape, stack: 'a' },
            { key: 'tasks', name: 'Tasks', color: COLORS.gray, stack: 'a' },
          ]}
        />
        <ReportTable label="Interactions per contact" rows={report.items} columns={COLUMNS} rowKey={(r) => r.contact_id} minWidth={1400} />
      </ReportSection>
    )
  },
}
