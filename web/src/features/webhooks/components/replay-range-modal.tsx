import { Modal, SimpleGrid, Stack, Text } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { DATE_TIME_INPUT_FORMAT, instantToPicker, pickerToInstant } from '@/lib/format'
import { useReplayRange } from '../api/deliveries'

interface RangeValues {
  since: string | null
  until: string | null
}

/** Queues again every event of the webhook's types that happened in a time range. */
export function ReplayRangeModal({ webhookId, onClose }: { webhookId: string; onClose: () => void }) {
  const replay = useReplayRange(webhookId)
  const intent = useIntentKey()
  const now = new Date()
  const form = useForm<RangeValues>({
    initialValues: { since: instantToPicker(new Date(now.getTime() - 24 * 3600_000).toISOString()), until: instantToPicker(now.toISOString()) },
    validate: {
      since: (v) => (v ? null : 'Pick the start'),
      until: (v, values) => (!v ? 'Pick the end' : values.since && v <= values.since ? 'The end must be after the start' : null),
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'replay-range-form',
    onSubmit: async (v) => {
      const body = { since: pickerToInstant(v.since) ?? '', until: pickerToInstant(v.until) ?? '' }
      const result = await intent.send(body, (key) => replay.mutateAsync({ ...body, key }))
      notifications.show({
        color: 'green',
        message: result.queued === 1 ? '1 delivery queued' : `${result.queued.toLocaleString('en-IN')} deliveries queued`,
      })
      onClose()
    },
  })
  return (
    <Modal opened onClose={onClose} title="Replay a time range" size="lg">
      <form id="replay-range-form" onSubmit={saving.submit} noValidate>
        <Stack>
          <Text size="sm">
            Every event of this webhook’s types that happened in the range is sent again, in order, whether it was delivered before or not: what was
            missed while it was paused or disabled, or what the receiver lost. At most 10,000 events at once.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimePicker label="From" required valueFormat={DATE_TIME_INPUT_FORMAT} data-autofocus {...form.getInputProps('since')} />
            <DateTimePicker label="Until (not included)" required valueFormat={DATE_TIME_INPUT_FORMAT} {...form.getInputProps('until')} />
          </SimpleGrid>
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Replay these events" loading={replay.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
