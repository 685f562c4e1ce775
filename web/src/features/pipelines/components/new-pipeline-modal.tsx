import { Checkbox, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { useCreatePipeline, type PipelineCreate } from '../api/save-pipeline'

/** A new pipeline starts with a minimal set of stages, then is shaped stage by stage. */
export function NewPipelineModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const create = useCreatePipeline()
  const intent = useIntentKey()
  const form = useForm({
    initialValues: { name: '', description: '', is_default: false },
    validate: { name: (v) => (v.trim() ? null : 'Name is required') },
  })
  const saving = useFormSubmit({
    form,
    onSubmit: async (v) => {
      const body = {
        name: v.name.trim(),
        description: v.description.trim() || null,
        is_default: v.is_default,
        stages: [
          { name: 'Qualification', probability: 20, kind: 'open', required_fields: [] },
          { name: 'Proposal', probability: 50, kind: 'open', required_fields: [] },
          { name: 'Won', probability: 100, kind: 'won', required_fields: [] },
          { name: 'Lost', probability: 0, kind: 'lost', required_fields: [] },
        ],
      } satisfies PipelineCreate
      const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
      notifications.show({ color: 'green', message: `${saved.name} created` })
      onCreated(saved.id)
    },
  })
  return (
    <Modal opened onClose={onClose} title="New pipeline">
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Checkbox label="Make it the default pipeline" {...form.getInputProps('is_default', { type: 'checkbox' })} />
          <Text size="xs" c="dimmed">
            It starts with Qualification, Proposal, Won and Lost; rename, add and reorder stages afterwards.
          </Text>
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Create" loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
