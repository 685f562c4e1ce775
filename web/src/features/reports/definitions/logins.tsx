import { Badge, Text } from '@mantine/core'
import { formatCount, formatDateTime, humanize } from '@/lib/format'
import type { ReportData } from '../api/report-api'
import { COLORS, ReportBarChart } from '../components/report-chart'
import { peopleFields, windowFields } from '../components/report-filters'
import { ReportSection, type ReportDefinition } from '../components/report-page'
import { ReportTable, type Column } from '../components/report-table'

type Logins = ReportData<'/api/v1/reports/logins'>
type Person = Logins['items'][number]

const COLUMNS: Column<Person>[] = [
  {
    header: 'Person',
    cell: (r) =>
      r.user_id ? (
        <>
          {r.user_name}{' '}
          {r.is_active ? null : (
            <Badge style={{ minWidth: 'max-content' }} size="xs" color="gray" variant="light">
              Inactive
            </Badge>
          )}
        </>
      ) : (
        <Text span size="sm" fs="italic">
          No such account
        </Text>
      ),
  },
  { header: 'Role', cell: (r) => humanize(r.role) },
  { header: 'Team', cell: (r) => r.team_name ?? '—' },
  { header: 'Sign-ins', cell: (r) => formatCount(r.logins), numeric: true },
  { header: 'Failures', cell: (r) => (r.failures ? <Text span c="red" size="sm">{formatCount(r.failures)}</Text> : '0'), numeric: true },
  { header: 'Throttled', cell: (r) => formatCount(r.throttled), numeric: true },
  { header: 'Sign-outs', cell: (r) => formatCount(r.logouts), numeric: true },
  { header: 'Days', cell: (r) => formatCount(r.active_days), numeric: true },
  { header: 'First', cell: (r) => formatDateTime(r.first_login_at) },
  { header: 'Last', cell: (r) => formatDateTime(r.last_login_at) },
  { header: 'Devices', cell: (r) => r.devices.join(', ') || '—', wrap: true },
  { header: 'Last address', cell: (r) => r.last_ip_address ?? '—' },
]

export const loginsReport: ReportDefinition<'/api/v1/reports/logins'> = {
  path: '/api/v1/reports/logins',
  title: 'Employee logins',
  description: 'Per person: sign-ins, failures, days signed in, devices and the last address. Each attempt is in the login log.',
  file: 'logins',
  filters: [...windowFields(), ...peopleFields('Person')],
  isEmpty: (r) => r.items.length === 0,
  empty: { title: 'Nobody to report on' },
  render: (report) => (
    <ReportSection title="Per person" flush>
      <ReportBarChart
        label="Bar chart of sign-ins and failed sign-ins per person"
        height={Math.max(220, report.items.length * 30 + 60)}
        horizontal
        data={report.items.map((p) => ({ name: p.user_name ?? 'No such account', logins: p.logins, failures: p.failures }))}
        category="name"
        unit="count"
        series={[
          { key: 'logins', name: 'Sign-ins', color: COLORS.blue, stack: 'a' },
          { key: 'failures', name: 'Failures', color: COLORS.red, stack: 'a' },
        ]}
      />
      <ReportTable label="Logins per person" rows={report.items} columns={COLUMNS} rowKey={(r) => r.user_id ?? 'unknown'} minWidth={1300} />
    </ReportSection>
  ),
}
