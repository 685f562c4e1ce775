/** Activities: the agenda pull, the log and complete writes, and how my day is computed locally. */
import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { LocalRecord, RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

import { cancelReminder, scheduleReminder } from "./reminders";

export type Activity = components["schemas"]["ActivityRead"];
export type ActivityInput = components["schemas"]["ActivityCreate"];
export type ActivityType = Activity["type"];

export const ACTIVITY_TYPES: { value: ActivityType; label: string }[] = [
  { value: "call", label: "Call" },
  { value: "meeting", label: "Meeting" },
  { value: "appointment", label: "Appointment" },
  { value: "email", label: "Email" },
  { value: "task", label: "Task" },
];

export const activitySchema: RecordSchema<Activity> = {
  search: (activity) => [activity.subject, activity.location, activity.description].filter(Boolean).join(" "),
  parentId: (activity) => activity.customer_id ?? activity.lead_id ?? null,
  sortKey: (activity) => activity.scheduled_at,
};

const DAY = 24 * 60 * 60 * 1000;

/** Every activity of mine; reminders set elsewhere (the web, a head) ring on this phone too. */
export const activitiesSync: SyncedKind<Activity> = {
  kind: "activities",
  list: async (api, cursor) =>
    unwrap(await api.GET("/api/v1/activities", { params: { query: { limit: 200, cursor: cursor ?? undefined } } })),
  async arrived(activities) {
    for (const activity of activities) {
      if (activity.status === "planned" && activity.reminder_at) {
        await scheduleReminder(activity.id, activity.subject, "Reminder from Sales Field", new Date(activity.reminder_at), {
          ask: false,
        });
      } else if (activity.status !== "planned") {
        await cancelReminder(activity.id);
      }
    }
  },
  async gone(ids) {
    for (const id of ids) await cancelReminder(id);
  },
};

export interface MyDay {
  overdue: LocalRecord<Activity>[];
  today: LocalRecord<Activity>[];
  upcoming: LocalRecord<Activity>[];
}

/** Splits planned activities around today (the phone's local day); done ones today stay visible. */
export function splitMyDay(activities: LocalRecord<Activity>[], now: Date): MyDay {
  const startOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const endOfDay = startOfDay + DAY;
  const day: MyDay = { overdue: [], today: [], upcoming: [] };
  for (const record of activities) {
    const { status, scheduled_at: scheduledAt } = record.data;
    if (status === "cancelled") continue;
    const at = new Date(scheduledAt).getTime();
    if (at < startOfDay) {
      if (status === "planned") day.overdue.push(record);
    } else if (at < endOfDay) day.today.push(record);
    else if (status === "planned" && at < startOfDay + 8 * DAY) day.upcoming.push(record);
  }
  return day;
}

export function activityWrite(activity: ActivityInput & { id: string }) {
  return {
    kind: "activities.create",
    label: `${ACTIVITY_TYPES.find((type) => type.value === activity.type)?.label ?? "Activity"}: ${activity.subject}`,
    method: "POST" as const,
    path: "/api/v1/activities",
    body: activity,
    entityKind: "activities",
    entityId: activity.id,
    scopeIds: [activity.customer_id, activity.lead_id, activity.opportunity_id].filter((id): id is string => !!id),
  };
}

export function completeWrite(activity: Activity, outcome: string | null, completedAt: string) {
  return {
    kind: "activities.complete",
    label: `Done: ${activity.subject}`,
    method: "POST" as const,
    path: `/api/v1/activities/${activity.id}/complete`,
    body: { outcome, completed_at: completedAt },
    entityKind: "activities",
    entityId: activity.id,
  };
}
