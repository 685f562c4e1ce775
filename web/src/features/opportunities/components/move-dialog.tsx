import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import { useForm, type GetInputPropsReturnType } from '@mantine/form'
import { IconTrophy } from '@tabler/icons-react'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { applyApiErrors } from '@/lib/forms'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import type { StageMove } from '../api/move-opportunity'

interface MoveDialogProps {
  opportunity: Opportunity
  stage: Stage
  fields: FieldSpec[]
  onSubmit: (body: StageMove) => Promise<unknown>
  onClose: () => void
}

const AMOUNT = /^\d{1,14}(\.\d{1,4})?$/

export function FieldInput({ field, props }: { field: FieldSpec; props: GetInputPropsReturnType }) {
  const common = { label: field.label, required: field.required, ...props }
  if (field.type === 'date') return <DateInput valueFormat={DATE_INPUT_FORMAT} clearable {...common} />
  if (field.type === 'amount') return <TextInput inputMode="decimal" placeholder="e.g. 125000.00" {...common} />
  if (field.key === 'lost_reason') return <Textarea autosize minRows={2} {...common} />
  return <TextInput {...common} />
}

/** Asks for what the target stage requires before the deal may enter it. */
export function MoveDialog({ opportunity, stage, fields, onSubmit, onClose }: MoveDialogProps) {
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const form = useForm<{ details: Record<string, string | null>; probability: number | string }>({
    mode: 'uncontrolled',
    initialValues: {
      details: Object.fromEntries(fields.map((f) => [f.key, (opportunity.details[f.key] as string | undefined) ?? (f.type === 'date' ? null : '')])),
      probability: '',
    },
    validate: {
      details: Object.fromEntries(
        fields.map((f) => [
          f.key,
          (value: string | null) => {
            const v = (value ?? '').trim()
            if (!v) return f.required ? `${f.label} is required for ${stage.name}` : null
            return f.type === 'amount' && !AMOUNT.test(v) ? 'Enter an amount like 125000.00' : null
          },
        ]),
      ),
    },
  })

  const submit = form.onSubmit(async (values) => {
    setError(null)
    const details = Object.fromEntries(
      Object.entries(values.details)
        .map(([k, v]) => [k, (v ?? '').trim()] as const)
        .filter(([, v]) => v !== ''),
    )
    const body: StageMove = { stage_id: stage.id, details }
    if (values.probability !== '' && stage.kind === 'open') body.probability = Number(values.probability)
    try {
      await onSubmit(body)
      onClose()
    } catch (e) {
      setError(e)
      setMessages(applyApiErrors(form, e, ['details', 'probability']))
    }
  })

  const title = stage.kind === 'won' ? 'Mark deal as won' : stage.kind === 'lost' ? 'Mark deal as lost' : `Move to ${stage.name}`
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          <Text size="sm">
            <b>{opportunity.title}</b>
            {opportunity.customer_name ? ` · ${opportunity.customer_name}` : ''}
          </Text>
          {stage.kind === 'won' ? (
            <Alert color="green" icon={<IconTrophy size={18} />}>
              The deal closes as won at 100%.
            </Alert>
          ) : null}
          {fields.map((f) => (
            <FieldInput key={form.key(`details.${f.key}`)} field={f} props={form.getInputProps(`details.${f.key}`)} />
          ))}
          {stage.kind === 'open' ? (
            <NumberInput
              label="Probability (%)"
              description={`Leave empty for the stage's ${stage.probability}%`}
              min={0}
              max={100}
              key={form.key('probability')}
              {...form.getInputProps('probability')}
            />
          ) : null}
          <ApiErrorAlert error={error} messages={messages} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={stage.kind === 'lost' ? 'red' : stage.kind === 'won' ? 'green' : undefined} loading={form.submitting}>
              {stage.kind === 'open' ? `Move to ${stage.name}` : title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
