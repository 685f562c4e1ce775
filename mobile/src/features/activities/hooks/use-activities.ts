import { useQuery } from "@tanstack/react-query";

import { newId } from "@/lib/random";
import { useServices } from "@/lib/sync/sync-provider";

import { activityWrite, completeWrite, splitMyDay, type Activity, type ActivityInput } from "../api/activities";
import { cancelReminder, scheduleReminder } from "../api/reminders";

export function useMyDay() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["activities", "my-day"],
    queryFn: async () => {
      const now = new Date();
      const startOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
      // Everything from today on, and whatever is still planned from before: not the whole history.
      const [earlier, fromToday] = await Promise.all([
        records.list<Activity>("activities", { sortTo: startOfDay }),
        records.list<Activity>("activities", { sortFrom: startOfDay }),
      ]);
      return splitMyDay([...earlier.filter(({ data }) => data.status === "planned"), ...fromToday], now);
    },
  });
}

export function useActivitiesFor(parentId: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["activities", "for", parentId],
    queryFn: () => records.list<Activity>("activities", { parentId, descending: true }),
  });
}

export type NewActivity = Omit<ActivityInput, "id">;

export function useLogActivity() {
  const { capture, auth } = useServices();
  return async (input: NewActivity): Promise<string> => {
    const id = newId();
    const now = new Date().toISOString();
    const local: Activity = {
      id,
      created_at: now,
      updated_at: now,
      version: 0,
      type: input.type,
      subject: input.subject,
      description: input.description ?? null,
      status: "planned",
      owner_id: input.owner_id ?? "",
      created_by_id: null,
      customer_id: input.customer_id ?? null,
      contact_id: input.contact_id ?? null,
      lead_id: input.lead_id ?? null,
      opportunity_id: input.opportunity_id ?? null,
      starts_at: input.starts_at ?? null,
      ends_at: input.ends_at ?? null,
      due_at: input.due_at ?? null,
      scheduled_at: input.starts_at ?? input.due_at ?? now,
      reminder_at: input.reminder_at ?? null,
      location: input.location ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      outcome: null,
      completed_at: null,
    };
    await capture({ record: { kind: "activities", data: local }, write: activityWrite({ ...input, id }) });
    if (input.reminder_at && auth.session) {
      await scheduleReminder(id, input.subject, "Reminder from Sales Field", new Date(input.reminder_at));
    }
    return id;
  };
}

export function useCompleteActivity() {
  const { capture } = useServices();
  return async (activity: Activity, outcome: string | null) => {
    const completedAt = new Date().toISOString();
    const done: Activity = { ...activity, status: "done", outcome, completed_at: completedAt };
    await capture({ record: { kind: "activities", data: done }, write: completeWrite(activity, outcome, completedAt) });
    await cancelReminder(activity.id);
  };
}
