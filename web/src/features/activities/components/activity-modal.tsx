import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { DATE_TIME_INPUT_FORMAT } from '@/lib/format'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { CustomerSelect } from '@/components/ui/customer-select'
import { PersonSelect } from '@/components/ui/pickers'
import { useIntentKey } from '@/lib/api/intent-key'
import { applyApiErrors } from '@/lib/forms'
import type { Activity, ActivityType } from '../api/get-agenda'
import { useSaveActivity } from '../api/save-activity'
import { ACTIVITY_TYPES } from './activity-icon'
import { instantToPicker, pickerToInstant } from './agenda-range'

interface ActivityModalProps {
  activity?: Activity
  /** Links a new activity to a record (e.g. opened from a lead). */
  defaults?: Partial<Pick<Activity, 'customer_id' | 'lead_id' | 'opportunity_id'>> & { starts_at?: string }
  canAssign: boolean
  onClose: () => void
}

const TIMED: ActivityType[] = ['meeting', 'appointment']

export function ActivityModal({ activity, defaults, canAssign, onClose }: ActivityModalProps) {
  const save = useSaveActivity()
  const intent = useIntentKey()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const form = useForm({
    initialValues: {
      type: (activity?.type ?? 'meeting') as ActivityType,
      subject: activity?.subject ?? '',
      customer_id: activity?.customer_id ?? defaults?.customer_id ?? null,
      starts_at: instantToPicker(activity?.starts_at ?? defaults?.starts_at),
      ends_at: instantToPicker(activity?.ends_at),
      due_at: instantToPicker(activity?.due_at),
      reminder_at: instantToPicker(activity?.reminder_at),
      location: activity?.location ?? '',
      description: activity?.description ?? '',
      owner_id: activity?.owner_id ?? null,
    },
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
    const body = {
      type: values.type,
      subject: values.subject.trim(),
      customer_id: values.customer_id,
      starts_at: pickerToInstant(values.starts_at),
      ends_at: pickerToInstant(values.ends_at),
      due_at: pickerToInstant(values.due_at),
      reminder_at: pickerToInstant(values.reminder_at),
      location: values.location.trim() || null,
      description: values.description.trim() || null,
      ...(canAssign && values.owner_id ? { owner_id: values.owner_id } : {}),
    }
    try {
      if (activity) await save.mutateAsync({ activity, update: body })
      else {
        const create = { ...body, lead_id: defaults?.lead_id, opportunity_id: defaults?.opportunity_id }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      notifications.show({ color: 'green', message: activity ? 'Activity saved' : 'Activity planned' })
      onClose()
    } catch (e) {
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
          <ApiErrorAlert error={error} messages={messages} onReload={onClose} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {activity ? 'Save' : 'Plan activity'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
