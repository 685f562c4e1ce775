import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import type { Stage } from '@/lib/lookups/pipelines'
import { changedValues } from '@/lib/three-way-merge'
import { useSaveStage, type StageUpdate } from '../api/save-pipeline'
import { FIELD_TYPES, stageComparable, stageToValues, useStageConflict } from './stage-conflict'

interface StageModalProps {
  pipelineId: string
  stage?: Stage
  onClose: () => void
}

/** A stage's name, default probability and the details a deal must bring into it. */
export function StageModal({ pipelineId, stage, onClose }: StageModalProps) {
  const save = useSaveStage(pipelineId)
  const intent = useIntentKey()
  const [initial] = useState(() => stageToValues(stage))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Stage saved' })
    onClose()
  }
  const resolve = useStageConflict(pipelineId, stage?.id ?? '', saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() ? null : 'Name is required'),
      required_fields: {
        key: (v) => (/^[a-z][a-z0-9_]{0,39}$/.test(v) ? null : 'lowercase letters, digits, _'),
        label: (v) => (v.trim() ? null : 'Required'),
      },
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: stage ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const common = stageComparable(v)
      if (stage) {
        const update = changedValues(stageComparable(initial), common)
        if (Object.keys(update).length) await save.mutateAsync({ stageId: stage.id, etag: ifMatch(stage.version), update: update as StageUpdate })
      } else {
        const create = { ...common, kind: v.kind }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      saved()
    },
  })
  const fields = form.getValues().required_fields
  return (
    <Modal opened onClose={onClose} title={stage ? `Edit stage ${stage.name}` : 'New stage'} size="xl">
      <form onSubmit={saving.submit} noValidate>
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
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save stage" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
