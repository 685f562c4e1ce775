import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { DATE_TIME_INPUT_FORMAT } from '@/lib/format'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { CustomerSelect } from '@/components/ui/customer-select'
import { PersonSelect } from '@/components/ui/pickers'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
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
  const [initial] = useState(() => activityToValues(activity, defaults))
  const saved = () => {
    notifications.show({ color: 'green', message: activity ? 'Activity saved' : 'Activity planned' })
    onClose()
  }
  const resolve = useActivityConflict(activity, saved)
  const form = useForm({
    initialValues: initial,
    // Without the right to assign, or with no one picked ("Me"), the assignee is left as it is.
    transformValues: (values) => ({ ...values, owner_id: canAssign && values.owner_id ? values.owner_id : initial.owner_id }),
    validate: {
      subject: (v) => (v.trim() ? null : 'What is it about?'),
      starts_at: (v, values) => (TIMED.includes(values.type) && !v ? 'Meetings and appointments need a start time' : null),
      ends_at: (v, values) =>
        v && values.starts_at && v <= values.starts_at ? 'The end must be after the start' : null,
    },
  })
  const v = form.getValues()
  const saving = useFormSubmit({
    form,
    conflict: activity ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (values) => {
      const { owner_id, ...fields } = activityComparable(values)
      // Only someone who may assign sends an assignee; an edit drops it again when it is unchanged.
      const body = { ...fields, ...(canAssign && owner_id ? { owner_id } : {}) }
      if (activity) {
        const update = changedValues(activityComparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ activityId: activity.id, etag: ifMatch(activity.version), update: update as ActivityUpdate })
      } else {
        const create = { ...body, lead_id: defaults?.lead_id, opportunity_id: defaults?.opportunity_id }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      saved()
    },
  })

  return (
    <Modal opened onClose={onClose} title={activity ? 'Edit activity' : 'New activity'} size="lg">
      <form onSubmit={saving.submit} noValidate>
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
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel={activity ? 'Save' : 'Plan activity'} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
