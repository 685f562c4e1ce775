import { Alert, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { MonthPickerInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { PersonSelect, TerritorySelect } from '@/components/ui/pickers'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { isDecimal } from '@/lib/decimal'
import { formatMoney } from '@/lib/format'
import { useFormSubmit } from '@/lib/forms'
import { useTeams } from '@/lib/lookups/teams'
import { DEFAULT_FISCAL_START_MONTH, MONTH_NAMES, periodLabel, PERIOD_LABELS, quarterStartMonths, startsPeriod, type TargetPeriod } from '@/lib/periods'
import { changedValues } from '@/lib/three-way-merge'
import { useSaveTarget, type Target, type TargetCreate, type TargetUpdate } from '../api/targets'
import { targetFigures, targetToValues, useTargetConflict, type TargetValues } from './target-conflict'

const SUBJECT_FIELD = { engineer: 'engineer_id', team: 'team_id', territory: 'territory_id' } as const
const FORM_ID = 'target-form'

function createBody(v: TargetValues): TargetCreate {
  const f = targetFigures(v)
  return {
    [SUBJECT_FIELD[v.subject]]: v[SUBJECT_FIELD[v.subject]],
    period: v.period,
    period_start: v.period_start ?? '',
    currency: v.currency,
    revenue: f.revenue ?? '',
    ...(f.quantity ? { quantity: f.quantity } : {}),
    ...(f.visits !== null && v.subject !== 'territory' ? { visits: f.visits } : {}),
    ...(f.notes ? { notes: f.notes } : {}),
  }
}

function periodHelp(period: TargetPeriod): string {
  const first = MONTH_NAMES[DEFAULT_FISCAL_START_MONTH - 1]
  if (period === 'quarter') return `A fiscal quarter: the fiscal year starts in ${first}, so quarters start in ${quarterStartMonths().join(', ')}.`
  if (period === 'fiscal_year') return `The fiscal year starts in ${first}: pick ${first} of the year it starts in.`
  return 'The month the target is for.'
}

/** Why a month cannot start the period (the server checks again with its own fiscal year). */
function misaligned(period: TargetPeriod): string {
  const months = quarterStartMonths()
  return period === 'quarter' ? `A fiscal quarter starts in ${months.slice(0, -1).join(', ')} or ${months.at(-1)}` : `The fiscal year starts in ${months[0]}`
}

/** Sets a target (subject, period, figures) or, for `target`, changes its figures with If-Match. */
export function TargetModal({ target, onClose }: { target?: Target; onClose: () => void }) {
  const save = useSaveTarget()
  const intent = useIntentKey()
  const teams = useTeams()
  const [initial] = useState(() => targetToValues(target))
  const saved = () => {
    notifications.show({ color: 'green', message: target ? 'Target saved' : 'Target set' })
    onClose()
  }
  const resolve = useTargetConflict(target, saved)
  const form = useForm<TargetValues>({
    initialValues: initial,
    validate: {
      engineer_id: (v, all) => (!target && all.subject === 'engineer' && !v ? 'Choose the engineer' : null),
      team_id: (v, all) => (!target && all.subject === 'team' && !v ? 'Choose the team' : null),
      territory_id: (v, all) => (!target && all.subject === 'territory' && !v ? 'Choose the territory' : null),
      period_start: (v, all) => (target ? null : !v ? 'Choose the month it starts in' : startsPeriod(all.period, v) ? null : misaligned(all.period)),
      revenue: (v) => (isDecimal(v) && !v.trim().startsWith('-') ? null : 'Enter the booked value to reach, e.g. 500000'),
      quantity: (v) => (v.trim() === '' || isDecimal(v) ? null : 'Enter a number of units, or leave it empty'),
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: FORM_ID,
    conflict: target ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      if (target) {
        const update = changedValues(targetFigures(initial), targetFigures(v))
        if (Object.keys(update).length) await save.mutateAsync({ targetId: target.id, etag: ifMatch(target.version), update: update as TargetUpdate })
      } else {
        const body = createBody(v)
        await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      }
      saved()
    },
  })
  const v = form.getValues()
  const title = target ? `Target of ${target.subject_name ?? 'the subject'}, ${periodLabel(target.period, target.period_start, target.period_end)}` : 'New target'
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form id={FORM_ID} onSubmit={saving.submit} noValidate aria-label={target ? 'Edit target' : 'New target'}>
        <Stack>
          {target ? (
            <Text size="sm" c="dimmed">
              The subject and the period stay; to change them, delete this target and set another. Booked so far: {formatMoney(target.revenue_actual, target.currency)}.
            </Text>
          ) : (
            <>
              <SegmentedControl
                aria-label="Whose target"
                data={[
                  { value: 'engineer', label: 'Engineer' },
                  { value: 'team', label: 'Team' },
                  { value: 'territory', label: 'Territory' },
                ]}
                {...form.getInputProps('subject')}
              />
              {v.subject === 'engineer' ? <PersonSelect label="Engineer" required roles={['sales_engineer', 'sales_head']} {...form.getInputProps('engineer_id')} /> : null}
              {v.subject === 'team' ? (
                <Select label="Team" required searchable data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))} {...form.getInputProps('team_id')} />
              ) : null}
              {v.subject === 'territory' ? <TerritorySelect label="Territory" required {...form.getInputProps('territory_id')} /> : null}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select label="Period" required allowDeselect={false} data={Object.entries(PERIOD_LABELS).map(([value, label]) => ({ value, label }))} {...form.getInputProps('period')}
                  onChange={(value) => {
                    // Another kind of period: whether the month may start it is asked again on saving.
                    form.setFieldValue('period', (value ?? 'month') as TargetPeriod)
                    form.clearFieldError('period_start')
                  }}
                />
                <MonthPickerInput label="Starts" required placeholder="Pick a month" valueFormat="MMM YYYY" {...form.getInputProps('period_start')} />
              </SimpleGrid>
              <Alert variant="light" color="gray" p="xs">
                <Text size="xs">{periodHelp(v.period)}</Text>
              </Alert>
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Revenue" description="Booked order value (taxable, before GST)" required inputMode="decimal" data-autofocus={target ? true : undefined} {...form.getInputProps('revenue')} />
            <Select label="Currency" data={['INR']} disabled={Boolean(target)} allowDeselect={false} {...form.getInputProps('currency')} />
            <TextInput label="Units" description="Optional: units to sell" inputMode="decimal" {...form.getInputProps('quantity')} />
            {v.subject !== 'territory' ? <NumberInput label="Visits" description="Optional: visits to make" min={1} allowDecimal={false} {...form.getInputProps('visits')} /> : null}
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel={target ? 'Save' : 'Set target'} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
