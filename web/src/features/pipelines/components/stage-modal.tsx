import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { applyApiErrors } from '@/lib/forms'
import { useIntentKey } from '@/lib/api/intent-key'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import { useSaveStage } from '../api/save-pipeline'

interface StageModalProps {
  pipelineId: string
  stage?: Stage
  onClose: () => void
}

type Kind = Stage['kind']
const FIELD_TYPES = [
  { value: 'text', label: 'Text' },
  { value: 'date', label: 'Date' },
  { value: 'amount', label: 'Amount' },
]

/** A stage's name, default probability and the details a deal must bring into it. */
export function StageModal({ pipelineId, stage, onClose }: StageModalProps) {
  const save = useSaveStage(pipelineId)
  const intent = useIntentKey()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const form = useForm({
    initialValues: {
      name: stage?.name ?? '',
      probability: stage?.probability ?? (50 as number | string),
      kind: (stage?.kind ?? 'open') as Kind,
      required_fields: (stage?.required_fields ?? []) as FieldSpec[],
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Name is required'),
      required_fields: {
        key: (v) => (/^[a-z][a-z0-9_]{0,39}$/.test(v) ? null : 'lowercase letters, digits, _'),
        label: (v) => (v.trim() ? null : 'Required'),
      },
    },
  })
  const submit = form.onSubmit(async (v) => {
    setError(null)
    const common = { name: v.name.trim(), probability: Number(v.probability), required_fields: v.required_fields }
    try {
      if (stage) await save.mutateAsync({ stage, update: common })
      else {
        const create = { ...common, kind: v.kind }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      notifications.show({ color: 'green', message: 'Stage saved' })
      onClose()
    } catch (e) {
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(v)))
    }
  })
  const fields = form.getValues().required_fields
  return (
    <Modal opened onClose={onClose} title={stage ? `Edit stage ${stage.name}` : 'New stage'} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <NumberInput label="Probability (%)" min={0} max={100} {...form.getInputProps('probability')} />
            <Select
              label="Kind"
              disabled={Boolean(stage)}
              description={stage ? 'Fixed once created' : undefined}
              data={[
                { value: 'open', label: 'Open' },
                { value: 'won', label: 'Won' },
                { value: 'lost', label: 'Lost' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <Text fw={600} size="sm">
            Details required to enter this stage
          </Text>
          {fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              None: deals move here without questions.
            </Text>
          ) : null}
          {fields.map((_, i) => (
            <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
              <TextInput label="Key" placeholder="po_number" {...form.getInputProps(`required_fields.${i}.key`)} w={150} />
              <TextInput label="Label" placeholder="Customer PO number" {...form.getInputProps(`required_fields.${i}.label`)} style={{ flex: 1 }} />
              <Select label="Type" data={FIELD_TYPES} allowDeselect={false} {...form.getInputProps(`required_fields.${i}.type`)} w={110} />
              <Checkbox label="Required" mb={8} {...form.getInputProps(`required_fields.${i}.required`, { type: 'checkbox' })} />
              <ActionIcon variant="subtle" color="red" mb={4} aria-label={`Remove detail ${i + 1}`} onClick={() => form.removeListItem('required_fields', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('required_fields', { key: '', label: '', type: 'text', required: true })}
            >
              Add detail
            </Button>
          </Group>
          <ApiErrorAlert error={error} messages={messages} onReload={onClose} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save stage
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
