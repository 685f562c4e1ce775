import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useNavigate } from 'react-router'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import { useIntentKey } from '@/lib/api/intent-key'
import { usePipelines } from '@/lib/lookups/pipelines'
import { useCreateOpportunity } from '../api/save-opportunity'

/** Opens a deal for a customer in an open stage of a pipeline (the default one unless chosen). */
export function NewOpportunityModal({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const create = useCreateOpportunity()
  const intent = useIntentKey()
  const pipelines = usePipelines()
  const navigate = useNavigate()
  const form = useForm({
    initialValues: { title: '', amount: '', currency: 'INR', expected_close_date: null as string | null, pipeline_id: null as string | null, stage_id: null as string | null },
    validate: {
      title: (v) => (v.trim() ? null : 'Title is required'),
      amount: (v) => (/^\d{1,14}(\.\d{1,4})?$/.test(v.trim()) ? null : 'Enter an amount like 500000'),
      expected_close_date: (v) => (v ? null : 'Pick the expected close date'),
    },
  })
  const values = form.getValues()
  const pipeline = pipelines.data?.find((p) => p.id === values.pipeline_id) ?? pipelines.data?.find((p) => p.is_default)
  const openStages = (pipeline?.stages ?? []).filter((s) => s.kind === 'open' && s.required_fields.length === 0)
  const saving = useFormSubmit({
    form,
    onSubmit: async (v) => {
      const body = {
        customer_id: customerId,
        title: v.title.trim(),
        amount: v.amount.trim(),
        currency: v.currency,
        expected_close_date: v.expected_close_date ?? '',
        pipeline_id: v.pipeline_id,
        stage_id: v.stage_id,
      }
      const saved = await intent.send(body, (key) => create.mutateAsync({ body, key }))
      notifications.show({ color: 'green', message: `Deal “${saved.title}” opened` })
      navigate(`/opportunities/${saved.id}`)
    },
  })
  return (
    <Modal opened onClose={onClose} title="New deal" size="lg">
      <form onSubmit={saving.submit} noValidate aria-label="New deal">
        <Stack>
          <TextInput label="Title" required data-autofocus placeholder="e.g. Chiller replacement, plant 2" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Amount" inputMode="decimal" required {...form.getInputProps('amount')} />
            <Select label="Currency" data={['INR', 'USD', 'EUR', 'GBP', 'AED']} allowDeselect={false} {...form.getInputProps('currency')} />
            <DateInput label="Expected close" valueFormat={DATE_INPUT_FORMAT} required {...form.getInputProps('expected_close_date')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Pipeline"
              placeholder={pipelines.data?.find((p) => p.is_default)?.name ?? 'Default'}
              data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              clearable
              {...form.getInputProps('pipeline_id')}
              onChange={(v) => {
                form.setFieldValue('pipeline_id', v)
                form.setFieldValue('stage_id', null)
              }}
            />
            <Select label="Stage" placeholder="The first stage" data={openStages.map((s) => ({ value: s.id, label: s.name }))} clearable {...form.getInputProps('stage_id')} />
          </SimpleGrid>
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Open deal" loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
