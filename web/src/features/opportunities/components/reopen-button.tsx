import { Button, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconRotateClockwise2 } from '@tabler/icons-react'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import type { Pipeline, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import { useReopenOpportunity, type OpportunityReopen } from '../api/reopen-opportunity'
import { planPassage, stagesBetween } from './move-plan'
import { detailValidators, filledDetails, initialDetails, StageFields } from './stage-fields'

/** Where a reopen goes by default: the open stage the deal closed from, else the first open stage. */
export function defaultReopenStage(opportunity: Opportunity, stages: Stage[]): Stage | undefined {
  const open = stages.filter((s) => s.kind === 'open')
  return open.find((s) => s.id === opportunity.closed_from_stage_id) ?? open[0]
}

function ReopenDialog({ opportunity, stages, onClose }: { opportunity: Opportunity; stages: Stage[]; onClose: () => void }) {
  const open = stages.filter((s) => s.kind === 'open')
  const [stageId, setStageId] = useState(defaultReopenStage(opportunity, stages)?.id ?? '')
  const [reason, setReason] = useState('')
  const target = open.find((s) => s.id === stageId)
  return (
    <Modal opened onClose={onClose} title="Reopen deal" size="md">
      <Stack>
        <Text size="sm">
          <b>{opportunity.title}</b> is {opportunity.status}. Reopening puts it back in an open stage; the stage history keeps the reopen, who did it and why.
        </Text>
        <Select
          label="Reopen in stage"
          data={open.map((s) => ({ value: s.id, label: s.id === opportunity.closed_from_stage_id ? `${s.name} (where it closed)` : s.name }))}
          value={stageId}
          onChange={(v) => v && setStageId(v)}
          allowDeselect={false}
        />
        <Textarea label="Reason" description="Why the deal is reopened (kept in the stage history)" autosize minRows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        {target ? <ReopenForm key={target.id} opportunity={opportunity} stages={stages} target={target} reason={reason} onClose={onClose} /> : null}
      </Stack>
    </Modal>
  )
}

/** The details the chosen stage still needs (a fresh form per stage) and the submit. */
function ReopenForm({ opportunity, stages, target, reason, onClose }: { opportunity: Opportunity; stages: Stage[]; target: Stage; reason: string; onClose: () => void }) {
  const reopen = useReopenOpportunity()
  const intent = useIntentKey()
  // Going further than where it closed passes stages like any jump forward; the target's
  // details may be those the deal already holds.
  const { passing, skipping } = planPassage(opportunity, stagesBetween(stages, opportunity.closed_from_stage_id, target))
  const targetFields = target.required_fields.filter((f) => f.required && !(f.key in opportunity.details))
  const sections = [...passing, { stage: target, fields: targetFields }]
  const form = useForm<{ details: Record<string, string | null> }>({
    mode: 'uncontrolled',
    initialValues: { details: initialDetails(opportunity, sections.flatMap((s) => s.fields)) },
    validate: { details: detailValidators(sections) },
  })

  const saving = useFormSubmit({
    form,
    onSubmit: async (values) => {
      const body: OpportunityReopen = { stage_id: target.id, details: filledDetails(values.details) }
      if (reason.trim()) body.reason = reason.trim()
      await intent.send([opportunity.id, opportunity.version, body], (key) => reopen.mutateAsync({ opportunityId: opportunity.id, body, key }))
      notifications.show({ color: 'green', message: `${opportunity.title} reopened in ${target.name}` })
      onClose()
    },
  })

  return (
    <form onSubmit={saving.submit} noValidate aria-label="Reopen deal">
      <Stack>
        <StageFields form={form} passing={passing} skipping={skipping} target={{ stage: target, fields: targetFields }} />
        <FormFooter saving={saving} onCancel={onClose} submitLabel="Reopen deal" loading={reopen.isPending} />
      </Stack>
    </form>
  )
}

/** On a won or lost deal, instead of stage moves (which a closed deal refuses): "Reopen". */
export function ReopenButton({ opportunity, pipeline }: { opportunity: Opportunity; pipeline?: Pipeline }) {
  const [asking, setAsking] = useState(false)
  return (
    <>
      <Button leftSection={<IconRotateClockwise2 size={16} />} onClick={() => setAsking(true)} disabled={!pipeline}>
        Reopen
      </Button>
      {asking && pipeline ? <ReopenDialog opportunity={opportunity} stages={pipeline.stages} onClose={() => setAsking(false)} /> : null}
    </>
  )
}
