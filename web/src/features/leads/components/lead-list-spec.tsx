import { Select, Stack, Textarea } from '@mantine/core'
import { IconProgressCheck } from '@tabler/icons-react'
import { reassignAction } from '@/components/lists/reassign-action'
import type { BulkParamsProps, ListSpec } from '@/components/lists/types'
import { leadListEndpoints } from '../api/lead-list-tools'
import type { Lead, LeadFilters } from '../api/get-leads'
import { leadName } from './lead-table'

export const LEAD_FILTER_KEYS = ['q', 'status', 'source', 'owner_id', 'territory_id', 'campaign_ref', 'min_score', 'sort'] as const

export const leadRowName = (l: Lead) => leadName(l)

const BULK_STATUSES = [
  { value: 'contacted', label: 'Contacted' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'disqualified', label: 'Disqualified' },
]

function StatusParams({ value, onChange }: BulkParamsProps) {
  return (
    <Stack gap="sm">
      <Select
        label="New status"
        placeholder="Pick a status"
        data={BULK_STATUSES}
        value={(value.status as string | undefined) ?? null}
        onChange={(v) => onChange({ ...value, status: v ?? undefined })}
        required
      />
      {value.status === 'disqualified' ? (
        <Textarea
          label="Reason"
          description="Recorded on every lead disqualified now."
          value={(value.reason as string | undefined) ?? ''}
          onChange={(e) => onChange({ ...value, reason: e.currentTarget.value || undefined })}
          maxLength={500}
          autosize
          minRows={2}
          required
        />
      ) : null}
    </Stack>
  )
}

/** The lead list's tools: reassign (leads:assign), change status (leads:write; a reason to disqualify). */
export const leadListSpec: ListSpec<LeadFilters> = {
  endpoints: leadListEndpoints,
  noun: { one: 'lead', many: 'leads' },
  filterKeys: LEAD_FILTER_KEYS,
  bulkActions: [
    reassignAction('leads:assign'),
    {
      action: 'change_status',
      label: 'Change status',
      icon: <IconProgressCheck size={14} />,
      permission: 'leads:write',
      Params: StatusParams,
      ready: (p) => typeof p.status === 'string' && (p.status !== 'disqualified' || Boolean((p.reason as string | undefined)?.trim())),
      question: (many) => `Move ${many} to a new status. Each one must allow the change (a converted lead keeps its status).`,
      confirmLabel: 'Change status',
    },
  ],
}
