import { Alert, SimpleGrid, Stack } from '@mantine/core'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { personName, usePeople } from '@/lib/lookups/users'
import { useAgenda, type Activity } from '../api/get-agenda'
import { AgendaGrid } from './agenda-grid'
import { ownerIdsOf, type Whose } from './agenda-owner'
import { AgendaOwnerPicker } from './agenda-owner-picker'
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
  whose?: Whose
  onWhose?: (whose: Whose) => void
}

/** An agenda (mine, my team's or one engineer's): the week or day, what is overdue, my reminders, and my calendar feed. */
export function Agenda({ view, day, canAssign, onNavigate, whose = 'me', onWhose }: AgendaProps) {
  const [from, to] = agendaRange(view, day)
  const agenda = useAgenda(from, to, ownerIdsOf(whose))
  const people = usePeople()
  const { actions: itemActions, dialogs, openNew } = useActivityActions(canAssign)
  // On anyone's agenda but my own, each activity says whose it is.
  const actions = whose === 'me' ? itemActions : { ...itemActions, ownerOf: (a: Activity) => personName(people.data, a.owner_id) }

  return (
    <>
      <AgendaToolbar
        view={view}
        days={agendaDays(view, day)}
        onView={(v) => onNavigate(v, day)}
        onShift={(dir) => onNavigate(view, dir === 0 ? null : addDays(day, dir * (view === 'week' ? 7 : 1)))}
        onNew={() => openNew()}
        picker={onWhose ? <AgendaOwnerPicker whose={whose} onChange={onWhose} /> : null}
      />
      {agenda.data?.truncated ? (
        <Alert color="yellow" mb="md" title="Not every activity is shown">
          More than 1,000 activities fall in this period: pick one person or a day.
        </Alert>
      ) : null}
      <Stack gap="lg">
        {agenda.isPending ? (
          <LoadingState label="Loading the agenda…" />
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
