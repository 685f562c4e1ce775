import { SimpleGrid, Stack } from '@mantine/core'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useAgenda } from '../api/get-agenda'
import { AgendaGrid } from './agenda-grid'
import { addDays, agendaDays, agendaRange, type AgendaView } from './agenda-range'
import { AgendaSidePanel } from './agenda-side-panel'
import { AgendaToolbar } from './agenda-toolbar'
import { CalendarFeedCard } from './calendar-feed-card'
import { useActivityActions } from './use-activity-actions'

interface AgendaProps {
  view: AgendaView
  day: Date
  canAssign: boolean
  onNavigate: (view: AgendaView, day: Date | null) => void
}

/** My agenda: the week or day, what is overdue, reminders due, and the calendar feed. */
export function Agenda({ view, day, canAssign, onNavigate }: AgendaProps) {
  const [from, to] = agendaRange(view, day)
  const agenda = useAgenda(from, to)
  const { actions, dialogs, openNew } = useActivityActions(canAssign)

  return (
    <>
      <AgendaToolbar
        view={view}
        days={agendaDays(view, day)}
        onView={(v) => onNavigate(v, day)}
        onShift={(dir) => onNavigate(view, dir === 0 ? null : addDays(day, dir * (view === 'week' ? 7 : 1)))}
        onNew={() => openNew()}
      />
      <Stack gap="lg">
        {agenda.isPending ? (
          <LoadingState label="Loading your agenda…" />
        ) : agenda.isError ? (
          <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />
        ) : (
          <AgendaGrid view={view} days={agendaDays(view, day)} activities={agenda.data.activities} onPlan={openNew} {...actions} />
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          {agenda.data ? <AgendaSidePanel overdue={agenda.data.overdue} reminders={agenda.data.reminders} {...actions} /> : null}
          <CalendarFeedCard />
        </SimpleGrid>
      </Stack>
      {dialogs}
    </>
  )
}
