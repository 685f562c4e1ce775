import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { DATE_TIME_INPUT_FORMAT } from '@/lib/format'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ConflictResolver } from '@/components/forms/conflict-resolver'
import { conflictOf, type Conflict } from '@/components/forms/conflict-types'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { CustomerSelect } from '@/components/ui/customer-select'
import { PersonSelect } from '@/components/ui/pickers'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { applyApiErrors } from '@/lib/forms'
import { changedValues } from '@/lib/three-way-merge'
import type { Activity, ActivityType } from '../api/get-agenda'
import { useSaveActivity, type ActivityUpdate } from '../api/save-activity'
import { activityComparable, activityToValues, useActivityConflict, type ActivityDefaults } from './activity-conflict'
import { ACTIVITY_TYPES } from './activity-icon'

interface ActivityModalProps {
  activity?: Activity
  /** Links a new activity to a record (e.g. opened from a lead). */
  defaults?: ActivityDefaults
  canAssign: boolean
  onClose: () => void
}

const TIMED: ActivityType[] = ['meeting', 'appointment']

export function ActivityModal({ activity, defaults, canAssign, onClose }: ActivityModalProps) {
  const save = useSaveActivity()
  const intent = useIntentKey()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [initial] = useState(() => activityToValues(activity, defaults))
  const saved = () => {
    notifications.show({ color: 'green', message: activity ? 'Activity saved' : 'Activity planned' })
    onClose()
  }
  const resolve = useActivityConflict(activity, saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      subject: (v) => (v.trim() ? null : 'What is it about?'),
      starts_at: (v, values) => (TIMED.includes(values.type) && !v ? 'Meetings and appointments need a start time' : null),
      ends_at: (v, values) =>
        v && values.starts_at && v <= values.starts_at ? 'The end must be after the start' : null,
    },
  })
  const v = form.getValues()
  const submit = form.onSubmit(async (values) => {
    setError(null)
    setConflict(null)
    const { owner_id, ...fields } = activityComparable(values)
    // Without the right to assign, or with no one picked ("Me"), the assignee is left as it is.
    const body = { ...fields, ...(canAssign && owner_id ? { owner_id } : {}) }
    try {
      if (activity) {
        const update = changedValues(activityComparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ activityId: activity.id, etag: ifMatch(activity.version), update: update as ActivityUpdate })
      } else {
        const create = { ...body, lead_id: defaults?.lead_id, opportunity_id: defaults?.opportunity_id }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      saved()
    } catch (e) {
      const found = conflictOf(e, activity ? resolve : undefined, initial, { ...values, owner_id: body.owner_id ?? initial.owner_id })
      if (found) return setConflict(found)
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(values)))
    }
  })

  return (
    <Modal opened onClose={onClose} title={activity ? 'Edit activity' : 'New activity'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Type" data={ACTIVITY_TYPES} allowDeselect={false} {...form.getInputProps('type')} />
            <TextInput label="Subject" required data-autofocus {...form.getInputProps('subject')} />
            <DateTimePicker label="Starts" clearable valueFormat={DATE_TIME_INPUT_FORMAT} required={TIMED.includes(v.type)} {...form.getInputProps('starts_at')} />
            <DateTimePicker label="Ends" clearable valueFormat={DATE_TIME_INPUT_FORMAT} {...form.getInputProps('ends_at')} />
            <DateTimePicker label="Due" clearable valueFormat={DATE_TIME_INPUT_FORMAT} {...form.getInputProps('due_at')} />
            <DateTimePicker label="Remind me at" clearable valueFormat={DATE_TIME_INPUT_FORMAT} {...form.getInputProps('reminder_at')} />
            <CustomerSelect label="Customer" placeholder="Search customers" {...form.getInputProps('customer_id')} />
            <TextInput label="Location" {...form.getInputProps('location')} />
            {canAssign ? <PersonSelect label="Assignee" placeholder="Me" {...form.getInputProps('owner_id')} /> : null}
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('description')} />
          {conflict ? <ConflictResolver setup={resolve} conflict={conflict} onStartOver={onClose} /> : <ApiErrorAlert error={error} messages={messages} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant={conflict ? 'default' : 'filled'} loading={save.isPending}>
              {activity ? 'Save' : 'Plan activity'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
