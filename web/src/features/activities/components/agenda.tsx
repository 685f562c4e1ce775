import { Grid, Stack } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { describeError } from '@/lib/api/problem'
import { useAgenda, type Activity } from '../api/get-agenda'
import { useCancelActivity } from '../api/save-activity'
import { ActivityModal } from './activity-modal'
import { AgendaGrid } from './agenda-grid'
import { addDays, agendaDays, agendaRange, type AgendaView } from './agenda-range'
import { AgendaSidePanel } from './agenda-side-panel'
import { AgendaToolbar } from './agenda-toolbar'
import { CalendarFeedCard } from './calendar-feed-card'
import { CompleteModal } from './complete-modal'

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
  const cancel = useCancelActivity()
  const [editing, setEditing] = useState<Activity | 'new' | null>(null)
  const [completing, setCompleting] = useState<Activity | null>(null)

  const actions = {
    onEdit: (a: Activity) => setEditing(a),
    onComplete: (a: Activity) => setCompleting(a),
    onCancel: (a: Activity) =>
      modals.openConfirmModal({
        title: `Cancel “${a.subject}”?`,
        labels: { confirm: 'Cancel activity', cancel: 'Keep it' },
        confirmProps: { color: 'red' },
        onConfirm: () =>
          cancel.mutate(a.id, { onError: (e) => notifications.show({ color: 'red', message: describeError(e) }) }),
      }),
  }

  return (
    <>
      <AgendaToolbar
        view={view}
        days={agendaDays(view, day)}
        onView={(v) => onNavigate(v, day)}
        onShift={(dir) => onNavigate(view, dir === 0 ? null : addDays(day, dir * (view === 'week' ? 7 : 1)))}
        onNew={() => setEditing('new')}
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          {agenda.isPending ? (
            <LoadingState label="Loading your agenda…" />
          ) : agenda.isError ? (
            <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />
          ) : (
            <AgendaGrid view={view} days={agendaDays(view, day)} activities={agenda.data.activities} {...actions} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack gap="md">
            {agenda.data ? <AgendaSidePanel overdue={agenda.data.overdue} reminders={agenda.data.reminders} {...actions} /> : null}
            <CalendarFeedCard />
          </Stack>
        </Grid.Col>
      </Grid>
      {editing ? (
        <ActivityModal activity={editing === 'new' ? undefined : editing} canAssign={canAssign} onClose={() => setEditing(null)} />
      ) : null}
      {completing ? <CompleteModal activity={completing} onClose={() => setCompleting(null)} /> : null}
    </>
  )
}
