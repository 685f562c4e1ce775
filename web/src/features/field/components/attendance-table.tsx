import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatMoney, formatTimeIn } from '@/lib/format'
import type { AttendanceRow } from '../api/get-attendance'

/** The team's day in four numbers (money is never added here: it may be in several currencies). */
export function summarize(rows: AttendanceRow[]) {
  return {
    onDuty: rows.filter((r) => r.duty_started_at).length,
    people: rows.length,
    km: rows.reduce((sum, r) => sum + r.distance_km, 0),
    planned: rows.reduce((sum, r) => sum + r.visits_planned, 0),
    done: rows.reduce((sum, r) => sum + r.visits_done, 0),
    flagged: rows.reduce((sum, r) => sum + r.flagged_check_ins, 0),
  }
}

export const formatKm = (km: number) => `${km.toLocaleString('en-IN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`

/** "09:05 – 18:10"; a day still open: "09:05 – on duty"; no duty that day: "—". */
export function dutySpan(row: AttendanceRow, timeZone: string): string {
  if (!row.duty_started_at) return '—'
  const start = formatTimeIn(row.duty_started_at, timeZone)
  return `${start} – ${row.is_duty_open ? 'on duty' : formatTimeIn(row.duty_ended_at, timeZone)}`
}

/** Where the engineer's day is drawn: the team map, on that person and date. */
export const dayOnMap = (row: AttendanceRow, date: string) => `/field/map?${new URLSearchParams({ user: row.user_id, date })}`

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={`attendance-${label}`}>
        {value}
      </Text>
    </Stack>
  )
}

export function AttendanceSummary({ rows }: { rows: AttendanceRow[] }) {
  const s = summarize(rows)
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
      <Stat label="On duty" value={`${s.onDuty} of ${s.people}`} />
      <Stat label="Travelled" value={formatKm(s.km)} />
      <Stat label="Visits done" value={`${s.done} of ${s.planned} planned`} />
      <Stat label="Flagged check-ins" value={String(s.flagged)} />
    </SimpleGrid>
  )
}

interface AttendanceTableProps {
  rows: AttendanceRow[]
  /** The day shown (YYYY-MM-DD) and the company's time zone it is counted in. */
  date: string
  timeZone: string
}

export function AttendanceTable({ rows, date, timeZone }: AttendanceTableProps) {
  const showTeam = new Set(rows.map((r) => r.team_id)).size > 1
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Attendance" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Engineer</Table.Th>
            {showTeam ? <Table.Th>Team</Table.Th> : null}
            <Table.Th>Duty</Table.Th>
            <Table.Th>First ping</Table.Th>
            <Table.Th>Last ping</Table.Th>
            <Table.Th ta="right">Travelled</Table.Th>
            <Table.Th>Visits</Table.Th>
            <Table.Th>Flagged</Table.Th>
            <Table.Th>Expenses</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.user_id} data-testid={`attendance-row-${r.user_id}`}>
              <Table.Td>
                <Anchor component={Link} to={dayOnMap(r, date)} size="sm" fw={600} title="This day on the team map">
                  {r.user_name}
                </Anchor>
              </Table.Td>
              {showTeam ? <Table.Td>{r.team_name ?? '—'}</Table.Td> : null}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{dutySpan(r, timeZone)}</Text>
                  {r.is_duty_open ? (
                    <Badge size="xs" variant="light" color="green">
                      Open
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{formatTimeIn(r.first_ping_at, timeZone)}</Table.Td>
              <Table.Td>{formatTimeIn(r.last_ping_at, timeZone)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {r.ping_count ? formatKm(r.distance_km) : '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  {r.visits_done} of {r.visits_planned}
                </Text>
                {r.visits_unplanned ? (
                  <Text size="xs" c="dimmed">
                    {r.visits_unplanned} unplanned
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {r.flagged_check_ins ? (
                  <Badge size="sm" color="red" variant="light">
                    {r.flagged_check_ins} flagged
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    0
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.expenses_submitted.length ? (
                  <Text size="sm" title={`${r.expense_lines} line${r.expense_lines === 1 ? '' : 's'} submitted`}>
                    {r.expenses_submitted.map((e) => formatMoney(e.amount, e.currency)).join(' + ')}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
