import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { ApiError, describeError } from '@/lib/api/problem'
import { REVEALED, useReveal } from './reveal'

interface ApiErrorAlertProps {
  error: unknown
  /** Messages that belong to no single field. */
  messages?: string[]
  /** Offered on a 412: fetch the latest version of the record. */
  onReload?: () => void
}

/**
 * The error of a failed save. Place it next to the submit button: it scrolls
 * into view and takes the focus when a new error arrives. A 412 explains itself
 * and offers a reload.
 */
export function ApiErrorAlert({ error, messages = [], onReload }: ApiErrorAlertProps) {
  const ref = useReveal<HTMLDivElement>(error)
  if (!error) return null
  const conflict = error instanceof ApiError && error.isConflict
  const hasFieldErrors = error instanceof ApiError && Object.keys(error.fieldErrors()).length > 0
  const title = conflict
    ? 'Someone else changed this record'
    : hasFieldErrors
      ? 'Please correct the highlighted fields'
      : 'Could not save'
  return (
    <Alert ref={ref} {...REVEALED} color={conflict ? 'orange' : 'red'} icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Stack gap="xs">
        {conflict ? (
          <Text size="sm">
            This record was saved by someone else after you opened it, so your changes were not applied. Reload it
            to see the latest version, then make your changes again.
          </Text>
        ) : hasFieldErrors && messages.length === 0 ? null : (
          <Text size="sm">{describeError(error)}</Text>
        )}
        {messages.length > 0 ? (
          <List size="sm">
            {messages.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        ) : null}
        {conflict && onReload ? (
          <div>
            <Button size="xs" color="orange" leftSection={<IconRefresh size={14} />} onClick={onReload}>
              Reload latest version
            </Button>
          </div>
        ) : null}
      </Stack>
    </Alert>
  )
}
