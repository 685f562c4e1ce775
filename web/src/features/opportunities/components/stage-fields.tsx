import { Divider, Text, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form'
import { DATE_INPUT_FORMAT } from '@/lib/format'
import type { FieldSpec, Stage } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'
import type { PassedStage } from './move-plan'

const AMOUNT = /^\d{1,14}(\.\d{1,4})?$/

export interface DetailsForm {
  details: Record<string, string | null>
}

/** One stage detail's input (date, amount, text), bound like a form field. */
export function FieldInput({ field, props }: { field: FieldSpec; props: GetInputPropsReturnType }) {
  const common = { label: field.label, required: field.required, ...props }
  if (field.type === 'date') return <DateInput valueFormat={DATE_INPUT_FORMAT} clearable {...common} />
  if (field.type === 'amount') return <TextInput inputMode="decimal" placeholder="e.g. 125000.00" {...common} />
  if (field.key === 'lost_reason') return <Textarea autosize minRows={2} {...common} />
  return <TextInput {...common} />
}

/** Each field's starting value: what the deal already holds, else empty. */
export function initialDetails(opportunity: Opportunity, fields: FieldSpec[]): Record<string, string | null> {
  return Object.fromEntries(fields.map((f) => [f.key, (opportunity.details[f.key] as string | undefined) ?? (f.type === 'date' ? null : '')]))
}

/** One validator per field, the stage it belongs to named in "required" messages. */
export function detailValidators(sections: PassedStage[]) {
  return Object.fromEntries(
    sections.flatMap(({ stage, fields }) =>
      fields.map((f) => [
        f.key,
        (value: string | null) => {
          const v = (value ?? '').trim()
          if (!v) return f.required ? `${f.label} is required for ${stage.name}` : null
          return f.type === 'amount' && !AMOUNT.test(v) ? 'Enter an amount like 125000.00' : null
        },
      ]),
    ),
  )
}

/** The filled-in details, empty ones left out. */
export function filledDetails(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .map(([k, v]) => [k, (v ?? '').trim()] as const)
      .filter(([, v]) => v !== ''),
  )
}

/**
 * The fields a move asks for, stage by stage: first those of the stages a jump
 * forward passes through (headed by the stage's name), then the target's; and
 * which stages will be recorded as skipped.
 */
export function StageFields<T extends DetailsForm>({
  form,
  passing = [],
  skipping = [],
  target,
}: {
  form: UseFormReturnType<T>
  passing?: PassedStage[]
  skipping?: Stage[]
  target: PassedStage
}) {
  const field = (f: FieldSpec) => <FieldInput key={form.key(`details.${f.key}`)} field={f} props={form.getInputProps(`details.${f.key}`)} />
  return (
    <>
      {skipping.length > 0 ? (
        <Text size="sm" c="dimmed" data-testid="skipping-note">
          {skipping.map((s) => s.name).join(', ')} will be recorded as skipped.
        </Text>
      ) : null}
      {passing.map((p) => (
        <div key={p.stage.id}>
          <Divider label={`${p.stage.name} (passed on the way)`} labelPosition="left" mb="xs" />
          {p.fields.map(field)}
        </div>
      ))}
      {passing.length > 0 && target.fields.length > 0 ? <Divider label={target.stage.name} labelPosition="left" /> : null}
      {target.fields.map(field)}
    </>
  )
}
