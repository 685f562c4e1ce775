import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { formatDateTime, instantToPicker, pickerToInstant } from '@/lib/format'
import { personName, usePeople } from '@/lib/lookups/users'
import type { Activity, ActivityType } from '../api/get-agenda'
import { getActivity, useSaveActivity, type ActivityUpdate } from '../api/save-activity'
import { ACTIVITY_TYPES } from './activity-icon'

export interface ActivityFormValues {
  type: ActivityType
  subject: string
  customer_id: string | null
  starts_at: string | null
  ends_at: string | null
  due_at: string | null
  reminder_at: string | null
  location: string
  description: string
  owner_id: string | null
}

export type ActivityDefaults = Partial<Pick<Activity, 'customer_id' | 'lead_id' | 'opportunity_id'>> & { starts_at?: string }

export function activityToValues(activity?: Activity, defaults?: ActivityDefaults): ActivityFormValues {
  return {
    type: (activity?.type ?? 'meeting') as ActivityType,
    subject: activity?.subject ?? '',
    customer_id: activity?.customer_id ?? defaults?.customer_id ?? null,
    starts_at: instantToPicker(activity?.starts_at ?? defaults?.starts_at),
    ends_at: instantToPicker(activity?.ends_at),
    due_at: instantToPicker(activity?.due_at),
    reminder_at: instantToPicker(activity?.reminder_at),
    location: activity?.location ?? '',
    description: activity?.description ?? '',
    owner_id: activity?.owner_id ?? null,
  }
}

/** The fields as the request body carries them: trimmed, null for empty, instants in UTC. */
export function activityComparable(v: ActivityFormValues) {
  return {
    type: v.type,
    subject: v.subject.trim(),
    customer_id: v.customer_id,
    starts_at: pickerToInstant(v.starts_at),
    ends_at: pickerToInstant(v.ends_at),
    due_at: pickerToInstant(v.due_at),
    reminder_at: pickerToInstant(v.reminder_at),
    location: v.location.trim() || null,
    description: v.description.trim() || null,
    owner_id: v.owner_id,
  }
}

const when = (v: unknown) => formatDateTime(String(v))

/** How the activity edit resolves a 412: its fields, labelled as in the form, people by name. */
export function useActivityConflict(activity: Activity | undefined, onSaved: () => void): ConflictSetup<ActivityFormValues> {
  const activityId = activity?.id ?? ''
  const save = useSaveActivity()
  const people = usePeople()
  const queryClient = useQueryClient()
  // Customers by name: as the activity was loaded, as stored now, or as the picker looked the chosen one up.
  const [names] = useState(() => new Map<string, string>(activity?.customer_id && activity.customer_name ? [[activity.customer_id, activity.customer_name]] : []))
  const customerName = (id: string) =>
    names.get(id) ?? queryClient.getQueryData<{ name: string }>(['customers', 'name', id])?.name ?? '…'
  return {
    fields: [
      { key: 'type', label: 'Type', format: (v) => ACTIVITY_TYPES.find((t) => t.value === v)?.label ?? String(v) },
      { key: 'subject', label: 'Subject' },
      { key: 'starts_at', label: 'Starts', format: when },
      { key: 'ends_at', label: 'Ends', format: when },
      { key: 'due_at', label: 'Due', format: when },
      { key: 'reminder_at', label: 'Remind me at', format: when },
      { key: 'customer_id', label: 'Customer', format: (v) => customerName(String(v)) },
      { key: 'location', label: 'Location' },
      { key: 'owner_id', label: 'Assignee', format: (v) => personName(people.data, String(v)) },
      { key: 'description', label: 'Notes' },
    ],
    comparable: activityComparable,
    latest: async () => {
      const { data, etag } = await getActivity(activityId)
      if (data.customer_id && data.customer_name) names.set(data.customer_id, data.customer_name)
      return { values: activityComparable(activityToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ activityId, etag, update: body as ActivityUpdate }),
    onSaved,
  }
}
