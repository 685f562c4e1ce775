import { FileInput, Modal, Radio, Select, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconFileUpload } from '@tabler/icons-react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ApiError } from '@/lib/api/problem'
import { useFormSubmit } from '@/lib/forms'
import { FILE_FORMATS, interchangeResource, type FileFormat, type InterchangeResource } from '@/lib/interchange'
import { useUploadImport, type Import } from '../api/imports'

/** What the API reads, by the file's name (the format can also be chosen). */
export const IMPORT_FILE_TYPES = '.csv,.xlsx,.jsonl,.ndjson,.json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface ImportFormValues {
  resource: string
  file: File | null
  format: string
  mode: 'dry_run' | 'run'
}

/**
 * The refusal of a file names `file` (unreadable), or a column of it (`file.columns.vat`:
 * unknown or missing): all are shown at the file field, the column named.
 */
export function placeFileErrors(error: ApiError): { fields: Record<string, string>; messages: string[] } {
  const fileErrors: string[] = []
  const messages: string[] = []
  for (const [path, msg] of Object.entries(error.fieldErrors())) {
    if (path === 'file') fileErrors.push(msg)
    else if (path.startsWith('file.columns.')) fileErrors.push(`column “${path.slice('file.columns.'.length)}”: ${msg}`)
    else messages.push(`${path}: ${msg}`)
  }
  return { fields: fileErrors.length ? { file: fileErrors.join('; ') } : {}, messages: [...error.generalMessages(), ...messages] }
}

interface ImportUploadModalProps {
  /** The resources the user may import, the first chosen unless `initial` is one of them. */
  resources: InterchangeResource[]
  initial?: InterchangeResource
  onClose: () => void
  onUploaded: (resource: InterchangeResource, made: Import) => void
}

/** Uploads a file of records to upsert by external id: a dry run first, or the run at once. */
export function ImportUploadModal({ resources, initial, onClose, onUploaded }: ImportUploadModalProps) {
  const form = useForm<ImportFormValues>({
    initialValues: { resource: (initial ?? resources[0])?.name ?? '', file: null, format: 'auto', mode: 'dry_run' },
    validate: {
      resource: (v) => (interchangeResource(v) ? null : 'Choose what the file holds'),
      file: (v) => (v ? null : 'Choose a file'),
    },
  })
  const resource = interchangeResource(form.values.resource) ?? resources[0]!
  const upload = useUploadImport(resource)
  const saving = useFormSubmit({
    form,
    focusFormId: 'import-form',
    placeErrors: placeFileErrors,
    onSubmit: async (v) => {
      const made = await upload.mutateAsync({ file: v.file!, dryRun: v.mode === 'dry_run', format: v.format === 'auto' ? null : (v.format as FileFormat) })
      onUploaded(resource, made)
    },
  })
  return (
    <Modal opened onClose={onClose} title="New import" size="lg">
      <form id="import-form" onSubmit={saving.submit} noValidate>
        <Stack>
          <Select
            label="Records"
            required
            allowDeselect={false}
            data={resources.map((r) => ({ value: r.name, label: r.label }))}
            description="Each record is created or updated by its external_id column"
            {...form.getInputProps('resource')}
          />
          <FileInput
            label="File"
            required
            clearable
            accept={IMPORT_FILE_TYPES}
            placeholder="Choose a CSV, XLSX or JSON lines file"
            leftSection={<IconFileUpload size={16} />}
            description="CSV (UTF-8) with a header row, Excel, or one JSON object per line; at most 10,000 records"
            {...form.getInputProps('file')}
          />
          <Select
            label="Format"
            data={[{ value: 'auto', label: 'From the file’s name' }, ...FILE_FORMATS]}
            allowDeselect={false}
            w={{ base: '100%', xs: 240 }}
            {...form.getInputProps('format')}
          />
          <Radio.Group label="How" {...form.getInputProps('mode')}>
            <Stack gap="xs" mt={6}>
              <Radio value="dry_run" label="Dry run first" description="See what each record would do, nothing saved; then run it from the import’s page" />
              <Radio value="run" label="Run at once" description="Save every record that is valid; the refused ones are listed with their reasons" />
            </Stack>
          </Radio.Group>
          {form.values.mode === 'run' ? (
            <Text size="sm" c="orange.8">
              Records are saved as they are read: a refused one never stops the others.
            </Text>
          ) : null}
          <FormFooter saving={saving} onCancel={onClose} submitLabel={form.values.mode === 'dry_run' ? 'Upload and dry-run' : 'Upload and run'} loading={upload.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
