import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { describeError } from '@/lib/api/problem'
import type { Activity } from '../api/get-agenda'
import { useCancelActivity } from '../api/save-activity'
import { ActivityModal } from './activity-modal'
import { CompleteModal } from './complete-modal'

/** Edit, complete and cancel for any list of activities, with their dialogs. */
export function useActivityActions(canAssign: boolean) {
  const cancel = useCancelActivity()
  const [editing, setEditing] = useState<Activity | 'new' | null>(null)
  const [startsAt, setStartsAt] = useState<string | undefined>(undefined)
  const [completing, setCompleting] = useState<Activity | null>(null)
  const actions = {
    onEdit: (a: Activity) => setEditing(a),
    onComplete: (a: Activity) => setCompleting(a),
    onCancel: (a: Activity) =>
      modals.openConfirmModal({
        title: `Cancel “${a.subject}”?`,
        labels: { confirm: 'Cancel activity', cancel: 'Keep it' },
        confirmProps: { color: 'red' },
        onConfirm: () => cancel.mutate(a.id, { onError: (e) => notifications.show({ color: 'red', message: describeError(e) }) }),
      }),
  }
  const dialogs = (
    <>
      {editing ? (
        <ActivityModal
          activity={editing === 'new' ? undefined : editing}
          defaults={editing === 'new' && startsAt ? { starts_at: startsAt } : undefined}
          canAssign={canAssign}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {completing ? <CompleteModal activity={completing} onClose={() => setCompleting(null)} /> : null}
    </>
  )
  /** A new activity, starting at 09:00 on `day` when given. */
  const openNew = (day?: Date) => {
    setStartsAt(day ? new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9).toISOString() : undefined)
    setEditing('new')
  }
  return { actions, dialogs, openNew }
}
