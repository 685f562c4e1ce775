import { Modal, Radio, Select, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import { FILE_FORMATS, interchangeResource, type FileFormat, type InterchangeResource } from '@/lib/interchange'
import { useCreateExport, type Export } from '../api/exports'

interface ExportFormValues {
  resource: string
  format: FileFormat
}

interface ExportModalProps {
  /** The resources the user may export, the first chosen unless `initial` is one of them. */
  resources: InterchangeResource[]
  initial?: InterchangeResource
  onClose: () => void
  onCreated: (resource: InterchangeResource, made: Export) => void
}

/** Queues an export of every record of a resource the user may see, in a file format. */
export function ExportModal({ resources, initial, onClose, onCreated }: ExportModalProps) {
  const create = useCreateExport()
  const form = useForm<ExportFormValues>({
    initialValues: { resource: (initial ?? resources[0])?.name ?? '', format: 'csv' },
    validate: { resource: (v) => (interchangeResource(v) ? null : 'Choose what to export') },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'export-form',
    onSubmit: async (v) => {
      const resource = interchangeResource(v.resource)!
      onCreated(resource, await create.mutateAsync({ resource, format: v.format }))
    },
  })
  return (
    <Modal opened onClose={onClose} title="New export" size="md">
      <form id="export-form" onSubmit={saving.submit} noValidate>
        <Stack>
          <Select label="Records" required allowDeselect={false} data={resources.map((r) => ({ value: r.name, label: r.label }))} {...form.getInputProps('resource')} />
          <Radio.Group label="Format" {...form.getInputProps('format')}>
            <Stack gap="xs" mt={6}>
              {FILE_FORMATS.map((f) => (
                <Radio key={f.value} value={f.value} label={f.label} />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            Every record you may see, in the layout imports take: the file can be edited and imported again. It is written in the background; download it from
            the list when it is ready.
          </Text>
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Start export" loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
