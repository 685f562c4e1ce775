import { SimpleGrid, Text } from '@mantine/core'
import { formatCount, formatDate } from '@/lib/format'
import type { TeamToday, WeekVisits } from '../api/get-dashboard'
import { DashboardCard, Figure } from './dashboard-card'

/** The team's field day today (who is on duty, visits, flagged check-ins, distance) and the week's visits so far. */
export function FieldDayCard({ today, week }: { today: TeamToday; week?: WeekVisits | null }) {
  return (
    <DashboardCard title="Field today" to="/field/attendance" linkLabel="Attendance" description={formatDate(today.date)}>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        <Figure label="On duty" value={`${formatCount(today.on_duty)} of ${formatCount(today.people)}`} />
        <Figure label="Visits done" value={`${formatCount(today.visits_done)} of ${formatCount(today.visits_planned)}`} hint="of those planned" />
        <Figure label="Flagged check-ins" value={formatCount(today.flagged_check_ins)} color={today.flagged_check_ins > 0 ? 'orange' : undefined} />
        {/* A distance, not money: a float the API measured from the pings. */}
        <Figure label="Travelled" value={`${today.distance_km.toFixed(1)} km`} />
      </SimpleGrid>
      {week ? (
        <Text size="sm" mt="sm" data-testid="week-visits">
          This week ({formatDate(week.week.start)} – {formatDate(week.week.end)}): {formatCount(week.visits_done)} visits done of{' '}
          {formatCount(week.visits_planned)} planned
          {week.visits_unplanned > 0 ? `, ${formatCount(week.visits_unplanned)} unplanned` : ''}
        </Text>
      ) : null}
      {today.people === 0 ? (
        <Text size="xs" c="dimmed" mt="xs">
          No one is in today's attendance.
        </Text>
      ) : null}
    </DashboardCard>
  )
}
