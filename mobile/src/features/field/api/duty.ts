/** Duty days: start and end the working day with the phone's position (and optional odometer). */
import type { components } from "@/lib/api/schema.gen";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

export type DutyDay = components["schemas"]["DutyDayRead"];
export type DutyStart = components["schemas"]["DutyStart"];
export type DutyEnd = components["schemas"]["DutyEnd"];

export interface Fix {
  latitude: number;
  longitude: number;
  accuracy: number | null;
}

export const dutyDaySchema: RecordSchema<DutyDay> = { sortKey: (day) => day.started_at };

/** My duty days come from the change feed's start (no list of their own is needed). */
export const dutyDaysSync: SyncedKind<DutyDay> = { kind: "duty_days" };

/** An odometer reading as typed: empty is none; anything else is sent as the server's decimal string. */
export function odometer(text: string): string | null {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? null : trimmed;
}

export function startDuty({ id, fix, odometerKm, now }: { id: string; fix: Fix; odometerKm: string | null; now: string }) {
  const body: DutyStart & { id: string } = {
    id,
    latitude: fix.latitude,
    longitude: fix.longitude,
    accuracy_m: fix.accuracy,
    odometer_km: odometerKm,
    started_at: now,
  };
  const local: DutyDay = {
    id,
    created_at: now,
    updated_at: now,
    version: 0,
    user_id: "",
    started_at: now,
    start_latitude: fix.latitude,
    start_longitude: fix.longitude,
    start_accuracy_m: fix.accuracy,
    start_odometer_km: odometerKm,
    ended_at: null,
    end_latitude: null,
    end_longitude: null,
    end_accuracy_m: null,
    end_odometer_km: null,
  };
  const write = {
    kind: "duty_days.start",
    label: "Start of duty",
    method: "POST" as const,
    path: "/api/v1/duty-days",
    body,
    entityKind: "duty_days",
    entityId: id,
  };
  return { local, write };
}

export function endDuty({ day, fix, odometerKm, now }: { day: DutyDay; fix: Fix; odometerKm: string | null; now: string }) {
  const body: DutyEnd = {
    latitude: fix.latitude,
    longitude: fix.longitude,
    accuracy_m: fix.accuracy,
    odometer_km: odometerKm,
    ended_at: now,
  };
  const local: DutyDay = {
    ...day,
    ended_at: now,
    end_latitude: fix.latitude,
    end_longitude: fix.longitude,
    end_accuracy_m: fix.accuracy,
    end_odometer_km: odometerKm,
  };
  const write = {
    kind: "duty_days.end",
    label: "End of duty",
    method: "POST" as const,
    path: `/api/v1/duty-days/${day.id}/end`,
    body,
    entityKind: "duty_days",
    entityId: day.id,
  };
  return { local, write };
}

/** The day still open (started, not ended), newest first; null when off duty. */
export function openDutyDay(days: DutyDay[]): DutyDay | null {
  const open = days.filter((day) => !day.ended_at).sort((a, b) => b.started_at.localeCompare(a.started_at));
  return open[0] ?? null;
}

/** Today's duty day (the phone's local day): open, or ended today. */
export function todaysDutyDay(days: DutyDay[], now: Date): DutyDay | null {
  const open = openDutyDay(days);
  if (open) return open;
  const sameDay = (iso: string) => new Date(iso).toDateString() === now.toDateString();
  return days.filter((day) => sameDay(day.started_at)).sort((a, b) => b.started_at.localeCompare(a.started_at))[0] ?? null;
}
