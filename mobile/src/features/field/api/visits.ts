/**
 * Visits and visit reports on the phone: today's route in order, check-in and
 * check-out with the phone's position, an unplanned check-in at a customer, and the
 * report. Every write carries a client-made id (and the outbox's Idempotency-Key),
 * so a retry after a lost answer gets the first answer again, never a second visit.
 */
import type { components } from "@/lib/api/schema.gen";
import type { AttachTarget } from "@/lib/files/hooks";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

import type { Fix } from "./duty";

export type Visit = components["schemas"]["VisitRead"];
export type VisitStatus = Visit["status"];
export type VisitReport = components["schemas"]["VisitReportRead"];
export type VisitReportInput = components["schemas"]["VisitReportCreate"];

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  planned: "Planned",
  checked_in: "Checked in",
  completed: "Done",
  cancelled: "Cancelled",
};

export const visitSchema: RecordSchema<Visit> = {
  search: (visit) => [visit.customer_name, visit.purpose].filter(Boolean).join(" "),
  parentId: (visit) => visit.customer_id,
  sortKey: (visit) => `${visit.planned_date} ${String(visit.route_position).padStart(5, "0")}`,
};

export const visitReportSchema: RecordSchema<VisitReport> = {
  parentId: (report) => report.visit_id,
  sortKey: (report) => report.created_at,
};

export const visitsSync: SyncedKind<Visit> = { kind: "visits" };
export const visitReportsSync: SyncedKind<VisitReport> = { kind: "visit_reports" };

/** The phone's local date as YYYY-MM-DD (planned dates are calendar days). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today's visits in route order (cancelled ones last). */
export function todaysRoute(visits: Visit[], today: string): Visit[] {
  return visits
    .filter((visit) => visit.planned_date === today)
    .sort((a, b) => {
      const cancelled = Number(a.status === "cancelled") - Number(b.status === "cancelled");
      return cancelled || a.route_position - b.route_position || a.created_at.localeCompare(b.created_at);
    });
}

export function checkInWrite(visit: Visit, fix: Fix, now: string) {
  const local: Visit = {
    ...visit,
    status: "checked_in",
    checked_in_at: now,
    check_in_latitude: fix.latitude,
    check_in_longitude: fix.longitude,
    check_in_accuracy_m: fix.accuracy,
  };
  const write = {
    kind: "visits.check_in",
    label: `Check-in: ${visit.customer_name ?? "visit"}`,
    method: "POST" as const,
    path: `/api/v1/visits/${visit.id}/check-in`,
    body: { latitude: fix.latitude, longitude: fix.longitude, accuracy_m: fix.accuracy, checked_in_at: now, is_mock: false },
    entityKind: "visits",
    entityId: visit.id,
    scopeIds: [visit.customer_id],
  };
  return { local, write };
}

export function checkOutWrite(visit: Visit, fix: Fix, now: string) {
  const minutes = visit.checked_in_at ? Math.max(0, Math.round((Date.parse(now) - Date.parse(visit.checked_in_at)) / 60_000)) : null;
  const local: Visit = {
    ...visit,
    status: "completed",
    checked_out_at: now,
    check_out_latitude: fix.latitude,
    check_out_longitude: fix.longitude,
    check_out_accuracy_m: fix.accuracy,
    duration_minutes: minutes,
  };
  const write = {
    kind: "visits.check_out",
    label: `Check-out: ${visit.customer_name ?? "visit"}`,
    method: "POST" as const,
    path: `/api/v1/visits/${visit.id}/check-out`,
    body: { latitude: fix.latitude, longitude: fix.longitude, accuracy_m: fix.accuracy, checked_out_at: now },
    entityKind: "visits",
    entityId: visit.id,
    scopeIds: [visit.customer_id],
  };
  return { local, write };
}

/** A visit nobody planned: checked in at the customer now. */
export function unplannedCheckIn({
  id,
  customer,
  fix,
  purpose,
  now,
  today,
  routePosition,
}: {
  id: string;
  customer: { id: string; name: string };
  fix: Fix;
  purpose: string | null;
  now: string;
  today: string;
  routePosition: number;
}) {
  const local: Visit = {
    id,
    created_at: now,
    updated_at: now,
    version: 0,
    owner_id: "",
    created_by_id: null,
    customer_id: customer.id,
    customer_name: customer.name,
    status: "checked_in",
    planned_date: today,
    route_position: routePosition,
    is_planned: false,
    purpose,
    checked_in_at: now,
    check_in_latitude: fix.latitude,
    check_in_longitude: fix.longitude,
    check_in_accuracy_m: fix.accuracy,
    check_in_distance_m: null,
    is_outside_radius: false,
    is_poor_accuracy: false,
    is_mock_location: false,
    is_flagged: false,
    checked_out_at: null,
    check_out_latitude: null,
    check_out_longitude: null,
    check_out_accuracy_m: null,
    duration_minutes: null,
  };
  const write = {
    kind: "visits.check_in_unplanned",
    label: `Unplanned visit: ${customer.name}`,
    method: "POST" as const,
    path: "/api/v1/visits/check-in",
    body: {
      id,
      customer_id: customer.id,
      latitude: fix.latitude,
      longitude: fix.longitude,
      accuracy_m: fix.accuracy,
      checked_in_at: now,
      is_mock: false,
      purpose,
    },
    entityKind: "visits",
    entityId: id,
    scopeIds: [customer.id],
  };
  return { local, write };
}

export interface ReportForm {
  purpose: string;
  outcome: string;
  /** One name per line. */
  contactsMet: string;
  /** One product per line. */
  productsDiscussed: string;
  nextSteps: string;
  /** YYYY-MM-DD or empty. */
  nextVisitDate: string;
  followUpTitle: string;
  followUpDue: string;
}

export const EMPTY_REPORT: ReportForm = {
  purpose: "",
  outcome: "",
  contactsMet: "",
  productsDiscussed: "",
  nextSteps: "",
  nextVisitDate: "",
  followUpTitle: "",
  followUpDue: "",
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** What the form must fix before saving: field → message. */
export function reportProblems(form: ReportForm): Partial<Record<keyof ReportForm, string>> {
  const problems: Partial<Record<keyof ReportForm, string>> = {};
  if (!form.outcome.trim()) problems.outcome = "Say what the visit achieved";
  if (form.nextVisitDate.trim() && !DATE.test(form.nextVisitDate.trim())) problems.nextVisitDate = "Use YYYY-MM-DD";
  if (form.followUpDue.trim() && !DATE.test(form.followUpDue.trim())) problems.followUpDue = "Use YYYY-MM-DD";
  if (form.followUpDue.trim() && !form.followUpTitle.trim()) problems.followUpTitle = "Name the follow-up to-do";
  return problems;
}

export function reportBody(id: string, form: ReportForm): VisitReportInput & { id: string } {
  const followUpTitle = orNull(form.followUpTitle);
  return {
    id,
    purpose: orNull(form.purpose),
    outcome: form.outcome.trim(),
    contacts_met: lines(form.contactsMet).map((name) => ({ name })),
    products_discussed: lines(form.productsDiscussed).map((name) => ({ name })),
    next_steps: orNull(form.nextSteps),
    next_visit_date: orNull(form.nextVisitDate),
    follow_up: followUpTitle ? { kind: "todo", title: followUpTitle, due_date: orNull(form.followUpDue) } : null,
  };
}

/** The report as it shows at once, before the server's answer. */
export function localReport(visit: Visit, body: VisitReportInput & { id: string }, now: string): VisitReport {
  return {
    id: body.id,
    created_at: now,
    updated_at: now,
    version: 0,
    visit_id: visit.id,
    owner_id: visit.owner_id,
    customer_id: visit.customer_id,
    purpose: body.purpose ?? null,
    outcome: body.outcome,
    contacts_met: (body.contacts_met ?? []).map((contact) => ({ contact_id: null, name: contact.name ?? null })) as VisitReport["contacts_met"],
    products_discussed: (body.products_discussed ?? []).map((product) => ({
      product_id: null,
      name: product.name ?? null,
      notes: null,
    })) as VisitReport["products_discussed"],
    next_steps: body.next_steps ?? null,
    next_visit_date: body.next_visit_date ?? null,
    follow_up_activity_id: null,
    follow_up_todo_id: null,
    photos: [],
  };
}

/** The report is sent after the visit's own writes (check-in) and waits behind them when they fail. */
export function reportWrite(visit: Visit, body: VisitReportInput & { id: string }) {
  return {
    kind: "visit_reports.create",
    label: `Visit report: ${visit.customer_name ?? "visit"}`,
    method: "POST" as const,
    path: `/api/v1/visits/${visit.id}/report`,
    body,
    entityKind: "visit_reports",
    entityId: body.id,
    scopeIds: [visit.id, visit.customer_id],
  };
}

/** Where a report's photos go: uploaded after the report itself reached the server. */
export function reportPhotoTarget(visit: Pick<Visit, "id" | "customer_name">, reportId: string): AttachTarget {
  return {
    parentKind: "visit_reports",
    parentId: reportId,
    path: `/api/v1/visits/${visit.id}/report/photos`,
    label: `Photo: visit report, ${visit.customer_name ?? "visit"}`,
    scopeIds: [reportId],
  };
}
