import { IconUserShare } from '@tabler/icons-react'
import { PersonSelect } from '@/components/ui/pickers'
import type { Permission } from '@/lib/auth/session'
import type { BulkActionSpec, BulkParamsProps } from './types'

function OwnerParam({ value, onChange }: BulkParamsProps) {
  return (
    <PersonSelect
      label="New owner"
      placeholder="Pick a person"
      value={(value.owner_id as string | undefined) ?? null}
      onChange={(v) => onChange({ ...value, owner_id: v ?? undefined })}
      required
      data-autofocus
    />
  )
}

/** "Reassign" to another owner: the same action on every list, each with its own permission. */
export function reassignAction(permission: Permission | Permission[]): BulkActionSpec {
  return {
    action: 'reassign',
    label: 'Reassign',
    icon: <IconUserShare size={14} />,
    permission,
    Params: OwnerParam,
    ready: (p) => typeof p.owner_id === 'string',
    question: (many) => `Give ${many} to another owner.`,
    confirmLabel: 'Reassign',
  }
}
