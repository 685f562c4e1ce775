import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { useIntentKey } from '@/lib/api/intent-key'
import { formatCount } from '@/lib/format'
import { useBulkAction, type BulkResult, type ListEndpoints } from '@/lib/list-tools/endpoints'
import { BulkResults } from './bulk-results'
import { countOf, type BulkActionSpec, type BulkParams } from './types'

interface BulkDialogProps {
  action: BulkActionSpec
  endpoints: Pick<ListEndpoints, 'listKey' | 'bulk'>
  noun: { one: string; many: string }
  /** The rows picked when the dialog opened, with their names. */
  ids: string[]
  names: Record<string, string>
  onClose: (result: BulkResult | null) => void
}

/**
 * Asks for the action's fields (and, for a destructive one, says what will
 * happen), sends the bulk request with one Idempotency-Key for this intent,
 * then shows each row's outcome. A retry of the same request reuses the key,
 * so the API applies the batch once.
 */
export function BulkDialog({ action, endpoints, noun, ids, names, onClose }: BulkDialogProps) {
  const [params, setParams] = useState<BulkParams>({})
  const [result, setResult] = useState<BulkResult | null>(null)
  const intent = useIntentKey()
  const bulk = useBulkAction(endpoints)
  const many = countOf(ids.length, noun, formatCount)
  const ready = action.ready ? action.ready(params) : true

  const send = async () => {
    const body = { ...params, ...action.fixed, action: action.action, ids }
    try {
      setResult(await intent.send(body, (key) => bulk.mutateAsync({ body, key })))
    } catch {
      // shown by ApiErrorAlert from bulk.error; the same key is sent again on retry
    }
  }

  return (
    <Modal opened onClose={() => onClose(result)} title={result ? `${action.label}: results` : action.label} size="lg">
      {result ? (
        <Stack>
          <BulkResults result={result} names={names} />
          <Group justify="flex-end">
            <Button onClick={() => onClose(result)} data-autofocus>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">{action.question(many)}</Text>
          {action.Params ? <action.Params value={params} onChange={setParams} /> : null}
          {action.destructive ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              This changes {many} at once. Each one is checked as if you changed it alone.
            </Alert>
          ) : null}
          <ApiErrorAlert error={bulk.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(null)}>
              Cancel
            </Button>
            <Button color={action.destructive ? 'red' : undefined} loading={bulk.isPending} disabled={!ready} onClick={() => void send()}>
              {action.confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
