/**
 * The engineer's own numbers on My day, from the dashboard (GET /dashboard, scoped by
 * the server to what the caller may see): this month's target with its attainment,
 * the open pipeline per currency, and this week's visits.
 *
 * The phone keeps the last answer it had (with when it came) so My day shows them
 * offline, marked with their time. It asks the server again once a sync has pulled
 * newer records than the ones they were counted from, or when they are older than
 * `MAX_AGE_MS`; not on every refresh of the screens (each write refreshes them).
 */
import { unwrap, type ApiClient } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { LocalRecords } from "@/lib/local-records";

export type Target = components["schemas"]["TargetRead"];
export type PipelineTotal = components["schemas"]["PipelineTotal"];
export type WeekVisits = components["schemas"]["WeekVisits"];

export interface MyNumbers {
  /** The monthly targets of people running today (an engineer sees only their own). */
  targets: Target[];
  /** Open deals per currency: count, amount, weighted amount (never added across currencies). */
  pipeline: PipelineTotal[];
  /** Null for a caller without field work, or a server from before it was counted. */
  week: WeekVisits | null;
}

export interface KeptNumbers {
  numbers: MyNumbers;
  /** When the server gave them (ms since the epoch). */
  at: number;
}

export const NUMBERS_KEY = "my_numbers";
export const MAX_AGE_MS = 15 * 60_000;

export async function keptNumbers(records: LocalRecords): Promise<KeptNumbers | null> {
  const kept = await records.getMeta(NUMBERS_KEY);
  return kept ? (JSON.parse(kept) as KeptNumbers) : null;
}

/** Asks the server and keeps the answer; throws as the client does (ApiError, NetworkError). */
export async function fetchNumbers(api: ApiClient, records: LocalRecords, at: number): Promise<KeptNumbers> {
  const dashboard = unwrap(await api.GET("/api/v1/dashboard"));
  const kept: KeptNumbers = {
    numbers: {
      targets: dashboard.targets.filter((target) => target.subject === "engineer" && target.period === "month"),
      pipeline: dashboard.pipeline_totals,
      week: dashboard.this_week ?? null,
    },
    at,
  };
  await records.setMeta(NUMBERS_KEY, JSON.stringify(kept));
  return kept;
}

/** Whether the kept numbers should be asked for again (see the module's comment). */
export function isDue(kept: KeptNumbers | null, lastSyncAt: number | null, now: number): boolean {
  if (!kept) return true;
  if (lastSyncAt !== null && kept.at < lastSyncAt) return true;
  return now - kept.at > MAX_AGE_MS;
}

/** The person's own monthly target (the first, should a head see their people's too). */
export function ownTarget(targets: Target[], userId: string | null | undefined): Target | null {
  return targets.find((target) => !userId || target.engineer_id === userId) ?? null;
}

/** A share in percent ("104.5") as the bar's filled part, 0 to 100 (layout only, never a sum). */
export function barShare(percent: string | null | undefined): number {
  const value = Number(percent ?? "0");
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}
