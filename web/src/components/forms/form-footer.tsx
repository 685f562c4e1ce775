import { Button, Group, type MantineColor } from '@mantine/core'
import type { ReactNode } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import type { FormSubmit } from '@/lib/forms'
import { ConflictResolver } from './conflict-resolver'
import type { ConflictSetup } from './conflict-types'

interface FormFooterProps<V> {
  /** What the last save left to show (from `useFormSubmit`). */
  saving: Pick<FormSubmit<V>, 'error' | 'messages' | 'conflict'>
  /** The edit's resolver; its 412 is shown side by side instead of the error. */
  resolve?: ConflictSetup<V>
  /** Offered by the resolver: drop the user's changes and start over from the stored version. */
  onStartOver?: () => void
  /** Offered by the error on a 412: fetch the latest version. */
  onReload?: () => void
  /** Without it, no Cancel button. */
  onCancel?: () => void
  cancelLabel?: string
  submitLabel: ReactNode
  submitColor?: MantineColor
  loading: boolean
}

/**
 * The end of a form: what went wrong with the last save (the conflict to
 * resolve, or the error and the messages no field shows), then Cancel and the
 * submit button, which steps back while a conflict is shown (the resolver's
 * own button saves then).
 */
export function FormFooter<V>({ saving, resolve, onStartOver, onReload, onCancel, cancelLabel = 'Cancel', submitLabel, submitColor, loading }: FormFooterProps<V>) {
  const { error, messages, conflict } = saving
  return (
    <>
      {conflict && resolve ? (
        <ConflictResolver setup={resolve} conflict={conflict} onStartOver={onStartOver} />
      ) : (
        <ApiErrorAlert error={error} messages={messages} onReload={onReload} />
      )}
      <Group justify="flex-end">
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
        ) : null}
        <Button type="submit" color={submitColor} variant={conflict ? 'default' : 'filled'} loading={loading}>
          {submitLabel}
        </Button>
      </Group>
    </>
  )
}
