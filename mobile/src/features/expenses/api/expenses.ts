/**
 * Expense reports on the phone: a trip or a period with its lines (date, category,
 * amount, mileage as km x the policy's rate, a receipt photo, notes), submitted for
 * approval. Everything is made offline with client ids through the outbox; the
 * server's answer (the amount it computed, the policy's flag, the status) replaces
 * the phone's figures when it arrives. Totals are summed from the lines on the phone,
 * per report (one currency each).
 */
import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import { compare, dec, isDecimal, mul, round, sum, toFixed, ZERO } from "@/lib/decimal";
import type { AttachTarget } from "@/lib/files/hooks";
import { minorUnits } from "@/lib/format";
import type { LocalRecords, RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

export type ExpenseReport = components["schemas"]["ExpenseReportRead"];
export type ExpenseLine = components["schemas"]["ExpenseLineRead"];
export type ExpenseCategory = components["schemas"]["ExpenseCategory"];
export type ExpenseStatus = components["schemas"]["ExpenseStatus"];
export type ExpensePolicy = components["schemas"]["ExpensePolicyRead"];
type LineCreate = components["schemas"]["ExpenseLineCreate"] & { id: string };
type ReportCreate = components["schemas"]["ExpenseReportCreate"] & { id: string };

export const CATEGORIES: readonly ExpenseCategory[] = ["travel", "fuel", "food", "lodging", "mileage", "other"];

export const CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  travel: "Travel",
  fuel: "Fuel",
  food: "Food",
  lodging: "Lodging",
  mileage: "Mileage",
  other: "Other",
};

export const STATUS_LABELS: Record<ExpenseStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  reimbursed: "Reimbursed",
};

export const STATUS_TONES = {
  draft: "neutral",
  submitted: "info",
  approved: "success",
  rejected: "danger",
  reimbursed: "success",
} as const;

const VEHICLE_LABELS: Record<string, string> = { car: "Car", two_wheeler: "Two-wheeler" };
export const vehicleLabel = (vehicle: string): string => VEHICLE_LABELS[vehicle] ?? vehicle.replace(/_/g, " ");

export const expenseReportSchema: RecordSchema<ExpenseReport> = {
  search: (report) => report.title,
  sortKey: (report) => `${report.period_start} ${report.created_at}`,
};

export const expenseLineSchema: RecordSchema<ExpenseLine> = {
  parentId: (line) => line.report_id,
  sortKey: (line) => `${line.expense_date} ${line.created_at}`,
};

export const POLICY_KEY = "expense_policy";
const POLICY_AT_KEY = "expense_policy_at";
const POLICY_MAX_AGE_MS = 6 * 60 * 60_000;

/** The policy the phone keeps for drafting lines offline (null before its first sync). */
export async function keptPolicy(records: LocalRecords): Promise<ExpensePolicy | null> {
  const kept = await records.getMeta(POLICY_KEY);
  return kept ? (JSON.parse(kept) as ExpensePolicy) : null;
}

export async function keepPolicy(records: LocalRecords, policy: ExpensePolicy, at: number): Promise<void> {
  await records.setMeta(POLICY_KEY, JSON.stringify(policy));
  await records.setMeta(POLICY_AT_KEY, String(at));
}

/**
 * Both come from the change feed's start (a report's list has no lines). The policy
 * comes with the pulls, refreshed every few hours, so a line drafted offline is
 * priced even if the expenses screen was never opened online.
 */
export const expenseReportsSync: SyncedKind<ExpenseReport> = {
  kind: "expense_reports",
  async alongside({ api, records, now = Date.now }) {
    const at = Number((await records.getMeta(POLICY_AT_KEY)) ?? "0");
    if (at && now() - at < POLICY_MAX_AGE_MS) return;
    await keepPolicy(records, unwrap(await api.GET("/api/v1/expense-reports/policy")), now());
  },
};
export const expenseLinesSync: SyncedKind<ExpenseLine> = { kind: "expense_lines" };

/** Lines may be added while the report is a draft, or rejected (which makes it a draft again). */
export const isEditable = (report: Pick<ExpenseReport, "status">): boolean =>
  report.status === "draft" || report.status === "rejected";

export interface ReportTotals {
  total: string;
  /** Lines the approver did not reject. */
  approvedTotal: string;
  byCategory: { category: ExpenseCategory; amount: string }[];
  lineCount: number;
  overLimitCount: number;
}

/** The report's figures from its lines, in its currency's minor units. */
export function reportTotals(lines: readonly ExpenseLine[], currency: string): ReportTotals {
  const places = minorUnits(currency);
  const fixed = (values: string[]) => toFixed(values.length ? sum(values.map((value) => dec(value))) : ZERO, places);
  return {
    total: fixed(lines.map((line) => line.amount)),
    approvedTotal: fixed(lines.filter((line) => line.decision !== "rejected").map((line) => line.amount)),
    byCategory: CATEGORIES.filter((category) => lines.some((line) => line.category === category)).map((category) => ({
      category,
      amount: fixed(lines.filter((line) => line.category === category).map((line) => line.amount)),
    })),
    lineCount: lines.length,
    overLimitCount: lines.filter((line) => line.is_over_limit).length,
  };
}

/** The rate of a vehicle type in the policy the phone holds, or null when it has none. */
export function mileageRate(policy: ExpensePolicy | null | undefined, vehicle: string): string | null {
  return policy?.mileage_rates.find((rate) => rate.vehicle_type === vehicle)?.rate_per_km ?? null;
}

/** km x rate, rounded like the server (half up to the currency's minor unit). */
export function mileageAmount(km: string, rate: string, currency: string): string {
  return toFixed(round(mul(dec(km), dec(rate)), minorUnits(currency)), minorUnits(currency));
}

// --- reports ---

export interface ReportForm {
  title: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function reportProblems(form: ReportForm): Partial<Record<keyof ReportForm, string>> {
  const problems: Partial<Record<keyof ReportForm, string>> = {};
  if (!form.title.trim()) problems.title = "Name the trip or period";
  if (!DATE.test(form.periodStart.trim())) problems.periodStart = "Use YYYY-MM-DD";
  if (!DATE.test(form.periodEnd.trim())) problems.periodEnd = "Use YYYY-MM-DD";
  else if (!problems.periodStart && form.periodEnd.trim() < form.periodStart.trim()) problems.periodEnd = "Ends before it starts";
  if (!/^[A-Z]{3}$/.test(form.currency.trim().toUpperCase())) problems.currency = "A 3-letter currency code";
  return problems;
}

export function createReport({ id, form, ownerId, now }: { id: string; form: ReportForm; ownerId: string; now: string }) {
  const body: ReportCreate = {
    id,
    title: form.title.trim(),
    period_start: form.periodStart.trim(),
    period_end: form.periodEnd.trim(),
    currency: form.currency.trim().toUpperCase(),
  };
  const local: ExpenseReport = {
    id,
    created_at: now,
    updated_at: now,
    version: 0,
    owner_id: ownerId,
    title: body.title,
    period_start: body.period_start,
    period_end: body.period_end,
    currency: body.currency ?? "INR",
    status: "draft",
    submitted_at: null,
    decided_at: null,
    decided_by_id: null,
    decision_comment: null,
    reimbursed_on: null,
    reimbursement_reference: null,
  };
  const write = {
    kind: "expense_reports.create",
    label: `New expense report: ${body.title}`,
    method: "POST" as const,
    path: "/api/v1/expense-reports",
    body,
    entityKind: "expense_reports",
    entityId: id,
  };
  return { local, write };
}

/** Submitting waits for the report's lines and receipts queued before it (the server locks it once submitted). */
export function submitReport(report: ExpenseReport, now: string) {
  const local: ExpenseReport = { ...report, status: "submitted", submitted_at: now };
  const write = {
    kind: "expense_reports.submit",
    label: `Submit for approval: ${report.title}`,
    method: "POST" as const,
    path: `/api/v1/expense-reports/${report.id}/submit`,
    entityKind: "expense_reports",
    entityId: report.id,
  };
  return { local, write };
}

// --- lines ---

export interface LineForm {
  expenseDate: string;
  category: ExpenseCategory;
  amount: string;
  /** Mileage. */
  distanceKm: string;
  vehicleType: string;
  /** Mileage: the server takes the km from the day's distance computed from the pings. */
  kmFromDay: boolean;
  notes: string;
}

export const emptyLine = (expenseDate: string, vehicleType = "car"): LineForm => ({
  expenseDate,
  category: "food",
  amount: "",
  distanceKm: "",
  vehicleType,
  kmFromDay: false,
  notes: "",
});

/** A number as typed: commas are digit grouping (₹1,200 or 1,23,456), never a decimal point. */
const decimalText = (text: string) => text.trim().replace(/,/g, "");

export function lineProblems(form: LineForm, report: Pick<ExpenseReport, "period_start" | "period_end">): Partial<Record<keyof LineForm, string>> {
  const problems: Partial<Record<keyof LineForm, string>> = {};
  const day = form.expenseDate.trim();
  if (!DATE.test(day)) problems.expenseDate = "Use YYYY-MM-DD";
  else if (day < report.period_start || day > report.period_end) problems.expenseDate = "Outside the report's period";
  if (form.category === "mileage") {
    if (!form.vehicleType) problems.vehicleType = "Choose the vehicle";
    const km = decimalText(form.distanceKm);
    if (!form.kmFromDay && !(isDecimal(km) && compare(dec(km), ZERO) > 0)) problems.distanceKm = "More than 0 km";
  } else {
    const amount = decimalText(form.amount);
    if (!(isDecimal(amount) && compare(dec(amount), ZERO) > 0)) problems.amount = "More than 0";
  }
  if (form.notes.length > 2000) problems.notes = "At most 2,000 characters";
  return problems;
}

/**
 * A new line: what the phone shows at once, and its write. Mileage shows km x the
 * policy's rate as the phone knows it (the server computes the amount itself); with
 * the day's distance and no km known yet, the amount waits for the server.
 */
export function addLine({
  id,
  report,
  form,
  rate,
  dayKm,
  now,
}: {
  id: string;
  report: ExpenseReport;
  form: LineForm;
  rate: string | null;
  /** The day's distance when the phone knows it (shown until the server's answer). */
  dayKm?: string | null;
  now: string;
}) {
  const mileage = form.category === "mileage";
  const typedKm = decimalText(form.distanceKm);
  const km = mileage ? (form.kmFromDay ? (dayKm ?? null) : typedKm) : null;
  const amount = mileage
    ? km !== null && rate !== null
      ? mileageAmount(km, rate, report.currency)
      : toFixed(ZERO, minorUnits(report.currency))
    : toFixed(round(dec(decimalText(form.amount)), minorUnits(report.currency)), minorUnits(report.currency));
  const notes = form.notes.trim() || null;
  const body: LineCreate = {
    id,
    expense_date: form.expenseDate.trim(),
    category: form.category,
    amount: mileage ? null : decimalText(form.amount),
    distance_km: mileage && !form.kmFromDay ? typedKm : null,
    km_from_day: mileage && form.kmFromDay,
    vehicle_type: mileage ? form.vehicleType : null,
    notes,
  };
  const local: ExpenseLine = {
    id,
    created_at: now,
    updated_at: now,
    version: 0,
    report_id: report.id,
    owner_id: report.owner_id,
    expense_date: body.expense_date,
    category: form.category,
    amount,
    currency: report.currency,
    distance_km: km,
    vehicle_type: body.vehicle_type ?? null,
    notes,
    is_over_limit: false,
    decision: "pending",
    decision_comment: null,
    receipts: [],
  };
  const write = {
    kind: "expense_lines.create",
    label: `Expense: ${CATEGORY_LABELS[form.category]} on ${body.expense_date}`,
    method: "POST" as const,
    path: `/api/v1/expense-reports/${report.id}/lines`,
    body,
    entityKind: "expense_lines",
    entityId: id,
    scopeIds: [report.id],
  };
  return { local, write };
}

/** Where a line's receipt goes: after the report and the line reached the server. */
export function receiptTarget(line: Pick<ExpenseLine, "id" | "report_id" | "category" | "expense_date">): AttachTarget {
  return {
    parentKind: "expense_lines",
    parentId: line.id,
    path: `/api/v1/expense-reports/${line.report_id}/lines/${line.id}/receipts`,
    label: `Receipt: ${CATEGORY_LABELS[line.category]} on ${line.expense_date}`,
    scopeIds: [line.id, line.report_id],
  };
}

/** Newest period first. */
export function orderReports(reports: ExpenseReport[]): ExpenseReport[] {
  return [...reports].sort((a, b) => b.period_start.localeCompare(a.period_start) || b.created_at.localeCompare(a.created_at));
}


