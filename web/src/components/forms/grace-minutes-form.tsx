import { NumberInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ReactNode } from 'react'
import { useFormSubmit } from '@/lib/forms'
import { FormFooter } from './form-footer'

/** The API's limit on a rotation's grace period: 7 days. */
export const MAX_GRACE_MINUTES = 7 * 24 * 60

interface GraceMinutesFormProps {
  /** What happens to the old secret, above the field. */
  explanation: ReactNode
  /** What the old secret keeps doing during the grace period, as the field's label. */
  label: string
  submitLabel: string
  loading: boolean
  onCancel: () => void
  onSubmit: (graceMinutes: number) => Promise<unknown>
}

/** Asks how long an old secret keeps working after a rotation (the API's `grace_minutes`). */
export function GraceMinutesForm({ explanation, label, submitLabel, loading, onCancel, onSubmit }: GraceMinutesFormProps) {
  const form = useForm<{ grace_minutes: number | string }>({
    initialValues: { grace_minutes: 60 },
    validate: {
      grace_minutes: (v) => {
        const n = typeof v === 'number' ? v : Number.NaN
        return Number.isInteger(n) && n >= 0 && n <= MAX_GRACE_MINUTES ? null : `Between 0 and ${MAX_GRACE_MINUTES.toLocaleString('en-IN')} minutes (7 days)`
      },
    },
  })
  const saving = useFormSubmit({ form, onSubmit: (v) => onSubmit(Number(v.grace_minutes)) })
  return (
    <form onSubmit={saving.submit} noValidate>
      <Stack>
        <Text size="sm">{explanation}</Text>
        <NumberInput
          label={label}
          description="0 ends the old secret now; at most 7 days (10,080 minutes)"
          min={0}
          max={MAX_GRACE_MINUTES}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          suffix=" min"
          data-autofocus
          {...form.getInputProps('grace_minutes')}
        />
        <FormFooter saving={saving} onCancel={onCancel} submitLabel={submitLabel} submitColor="orange" loading={loading} />
      </Stack>
    </form>
  )
}
