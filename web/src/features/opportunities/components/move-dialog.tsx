import { Alert, Modal, NumberInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconTrophy } from '@tabler/icons-react'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import type { StageMove } from '../api/move-opportunity'
import type { PassedStage } from './move-plan'
import { detailValidators, filledDetails, initialDetails, StageFields } from './stage-fields'

interface MoveDialogProps {
  opportunity: Opportunity
  stage: Stage
  fields: FieldSpec[]
  /** Stages a jump forward passes through, with the details they still need. */
  passing?: PassedStage[]
  /** Stages a jump forward goes past that need nothing (recorded as skipped). */
  skipping?: Stage[]
  onSubmit: (body: StageMove) => Promise<unknown>
  onClose: () => void
}

/** Asks for what the target stage requires before the deal may enter it (and, on a jump forward, what the stages it passes require). */
export function MoveDialog({ opportunity, stage, fields, passing = [], skipping = [], onSubmit, onClose }: MoveDialogProps) {
  const target = { stage, fields }
  const all = [...passing.flatMap((p) => p.fields), ...fields]
  const form = useForm<{ details: Record<string, string | null>; probability: number | string }>({
    mode: 'uncontrolled',
    initialValues: { details: initialDetails(opportunity, all), probability: '' },
    validate: { details: detailValidators([...passing, target]) },
  })

  const saving = useFormSubmit({
    form,
    onSubmit: async (values) => {
      const body: StageMove = { stage_id: stage.id, details: filledDetails(values.details) }
      if (values.probability !== '' && stage.kind === 'open') body.probability = Number(values.probability)
      await onSubmit(body)
      onClose()
    },
  })

  const title = stage.kind === 'won' ? 'Mark deal as won' : stage.kind === 'lost' ? 'Mark deal as lost' : `Move to ${stage.name}`
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form onSubmit={saving.submit} noValidate aria-label={title}>
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
          <StageFields form={form} passing={passing} skipping={skipping} target={target} />
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
          <FormFooter saving={saving} onCancel={onClose} submitLabel={stage.kind === 'open' ? `Move to ${stage.name}` : title} submitColor={stage.kind === 'lost' ? 'red' : stage.kind === 'won' ? 'green' : undefined} loading={form.submitting} />
        </Stack>
      </form>
    </Modal>
  )
}
