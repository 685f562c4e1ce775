import { Card, Group, Select } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAttendance } from '@/features/field/api/get-attendance'
import { AttendanceSummary, AttendanceTable } from '@/features/field/components/attendance-table'
import { useCan } from '@/lib/auth/session'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useTeams } from '@/lib/lookups/teams'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['date', 'team_id'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useAttendance(filters)
  // Only an admin sees more than one team's people; a head's list is their team.
  const pickTeam = useCan('teams:manage')
  const teams = useTeams(pickTeam)
  // Without a date the server answers for today in the company's time zone.
  const date = filters.date ?? query.data?.date
  return (
    <>
      <PageHeader title="Attendance" description="Each engineer's working day: duty, travel, visits, flagged check-ins and expenses." />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <DateInput label="Day" valueFormat={DATE_INPUT_FORMAT} value={date ?? null} onChange={(v) => setFilters({ date: v })} w={{ base: '100%', xs: 180 }} />
        {pickTeam ? (
          <Select
            label="Team"
            placeholder="Every team"
            data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            clearable
            value={filters.team_id ?? null}
            onChange={(v) => setFilters({ team_id: v })}
            w={{ base: '100%', xs: 220 }}
          />
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState label="Loading the day…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title="No engineers to show" />
      ) : (
        <>
          <AttendanceSummary rows={query.data.items} />
          <Card p={0}>
            <AttendanceTable rows={query.data.items} date={query.data.date} timeZone={query.data.timezone} />
          </Card>
        </>
      )}
    </>
  )
}
