import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { useIntentKey } from '@/lib/api/intent-key'
import type { ListKey } from '@/lib/list-tools/endpoints'
import { useCreateSavedView, type SavedView } from '@/lib/list-tools/saved-views'

interface SaveViewModalProps {
  listKey: ListKey
  filters: Record<string, string>
  sort: string | null
  /** "Share with my team" (a head), "Share with everyone" (an admin); absent for an engineer. */
  shareLabel: string | null
  onClose: (saved: SavedView | null) => void
}

/** Saves the list's current filters and sort under a name. */
export function SaveViewModal({ listKey, filters, sort, shareLabel, onClose }: SaveViewModalProps) {
  const [name, setName] = useState('')
  const [shared, setShared] = useState(false)
  const intent = useIntentKey()
  const create = useCreateSavedView()
  const trimmed = name.trim()

  const save = async () => {
    const body = { name: trimmed, list_key: listKey, filters, sort, is_shared: shared }
    try {
      onClose(await intent.send(body, (key) => create.mutateAsync({ body, key })))
    } catch {
      // drawn by ApiErrorAlert; saving again reuses the key
    }
  }

  return (
    <Modal opened onClose={() => onClose(null)} title="Save this view" size="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (trimmed) void save()
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            placeholder="e.g. Pune accounts, newest first"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={100}
            required
            data-autofocus
          />
          {shareLabel ? <Checkbox label={shareLabel} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} /> : null}
          <ApiErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!trimmed}>
              Save view
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
