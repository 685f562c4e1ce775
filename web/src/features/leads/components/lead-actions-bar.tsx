import { Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowRight, IconCheck, IconPencil, IconPhoneCall, IconUserShare, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { PersonSelect } from '@/components/ui/pickers'
import { describeError } from '@/lib/api/problem'
import type { Lead } from '../api/get-leads'
import { useAssignLead, useLeadStatusAction } from '../api/lead-actions'
import { ConvertModal } from './convert-modal'
import { EditLeadModal } from './edit-lead-modal'

interface LeadActionsBarProps {
  lead: Lead
  etag: string
  onReload: () => void
  canWrite: boolean
  canAssign: boolean
}

/** The lead's next steps; only those its status allows are offered. */
export function LeadActionsBar({ lead, etag, onReload, canWrite, canAssign }: LeadActionsBarProps) {
  const navigate = useNavigate()
  const status = useLeadStatusAction(lead.id)
  const assign = useAssignLead(lead.id)
  const [dialog, setDialog] = useState<'edit' | 'disqualify' | 'assign' | 'convert' | null>(null)
  const [reason, setReason] = useState('')
  const [owner, setOwner] = useState<string | null>(lead.owner_id)
  const open = lead.status === 'new' || lead.status === 'contacted' || lead.status === 'qualified'
  const run = (action: Parameters<typeof status.mutate>[0], message: string) =>
    status.mutate(action, {
      onSuccess: () => {
        notifications.show({ color: 'green', message })
        setDialog(null)
      },
      onError: (e) => dialog === null && notifications.show({ color: 'red', message: describeError(e) }),
    })

  if (!canWrite) return null
  return (
    <Group gap="xs">
      {lead.status !== 'converted' ? (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
          Edit
        </Button>
      ) : null}
      {lead.status === 'new' ? (
        <Button variant="default" leftSection={<IconPhoneCall size={16} />} loading={status.isPending} onClick={() => run({ kind: 'contact' }, 'Marked as contacted')}>
          Mark contacted
        </Button>
      ) : null}
      {lead.status === 'new' || lead.status === 'contacted' ? (
        <Button variant="default" color="green" leftSection={<IconCheck size={16} />} loading={status.isPending} onClick={() => run({ kind: 'qualify' }, 'Lead qualified')}>
          Qualify
        </Button>
      ) : null}
      {open ? (
        <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => setDialog('disqualify')}>
          Disqualify
        </Button>
      ) : null}
      {canAssign && open ? (
        <Button variant="default" leftSection={<IconUserShare size={16} />} onClick={() => setDialog('assign')}>
          Reassign
        </Button>
      ) : null}
      {open ? (
        <Button color="violet" rightSection={<IconArrowRight size={16} />} onClick={() => setDialog('convert')}>
          Convert
        </Button>
      ) : null}
      <Modal opened={dialog === 'disqualify'} onClose={() => setDialog(null)} title="Disqualify lead">
        <Stack>
          <ApiErrorAlert error={status.error} />
          <Textarea label="Reason" required data-autofocus autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button color="red" disabled={!reason.trim()} loading={status.isPending} onClick={() => run({ kind: 'disqualify', reason: reason.trim() }, 'Lead disqualified')}>
              Disqualify
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={dialog === 'assign'} onClose={() => setDialog(null)} title="Reassign lead">
        <Stack>
          <ApiErrorAlert error={assign.error} />
          <PersonSelect label="New owner" roles={['sales_engineer', 'sales_head']} value={owner} onChange={setOwner} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              Cancel
            </Button>
            <Button
              disabled={!owner}
              loading={assign.isPending}
              onClick={() => owner && assign.mutate({ owner_id: owner }, { onSuccess: () => { notifications.show({ color: 'green', message: 'Lead reassigned' }); setDialog(null) } })}
            >
              Reassign
            </Button>
          </Group>
        </Stack>
      </Modal>
      {dialog === 'edit' ? <EditLeadModal lead={lead} etag={etag} onClose={() => setDialog(null)} onReload={onReload} /> : null}
      {dialog === 'convert' ? (
        <ConvertModal
          lead={lead}
          onClose={() => setDialog(null)}
          onConverted={(c) => {
            setDialog(null)
            notifications.show({ color: 'green', title: 'Lead converted', message: c.opportunity ? `Deal “${c.opportunity.title}” opened` : 'Customer created' })
            navigate(c.opportunity ? `/opportunities/${c.opportunity.id}` : `/customers/${c.customer_id}`)
          }}
        />
      ) : null}
    </Group>
  )
}
