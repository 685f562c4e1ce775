import { IconCircleCheck, IconCircleX } from '@tabler/icons-react'
import { reassignAction } from '@/components/lists/reassign-action'
import type { ListSpec } from '@/components/lists/types'
import { activityListEndpoints } from '../api/activity-list-tools'
import type { ActivityListFilters } from '../api/get-activity-list'
import type { Activity } from '../api/get-agenda'

export const ACTIVITY_FILTER_KEYS = ['type', 'status', 'owner_id', 'sort'] as const

export const activitySubject = (a: Activity) => a.subject

/**
 * The activity list's tools. Giving an activity to someone else is what the
 * agenda allows with leads:assign (an engineer may only own their own);
 * completing and cancelling need activities:write.
 */
export const activityListSpec: ListSpec<ActivityListFilters> = {
  endpoints: activityListEndpoints,
  noun: { one: 'activity', many: 'activities' },
  filterKeys: ACTIVITY_FILTER_KEYS,
  bulkActions: [
    reassignAction(['activities:write', 'leads:assign']),
    {
      action: 'change_status',
      label: 'Mark done',
      icon: <IconCircleCheck size={14} />,
      permission: 'activities:write',
      fixed: { status: 'done' },
      question: (many) => `Mark ${many} as done?`,
      confirmLabel: 'Mark done',
    },
    {
      action: 'change_status',
      label: 'Cancel',
      icon: <IconCircleX size={14} />,
      permission: 'activities:write',
      fixed: { status: 'cancelled' },
      destructive: true,
      question: (many) => `Cancel ${many}? Their reminders stop.`,
      confirmLabel: 'Cancel activities',
    },
  ],
}
