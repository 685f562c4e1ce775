/** Expense reports on the phone: read from the local copy, written through the outbox. */
import { useQuery } from "@tanstack/react-query";

import { unwrap } from "@/lib/api/client";
import { useAttachPhoto, useLocalFiles } from "@/lib/files/hooks";
import type { PickedPhoto } from "@/lib/files/pick-photo";
import { newId } from "@/lib/random";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useServices } from "@/lib/sync/sync-provider";

import {
  addLine,
  createReport,
  keepPolicy,
  keptPolicy,
  mileageRate,
  orderReports,
  receiptTarget,
  reportTotals,
  submitReport,
  type ExpenseLine,
  type ExpensePolicy,
  type ExpenseReport,
  type LineForm,
  type ReportForm,
} from "../api/expenses";

/** My reports, newest period first, each with its totals from the lines on the phone. */
export function useExpenseReports() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["expense_reports", "list"],
    queryFn: async () => {
      const reports = orderReports((await records.list<ExpenseReport>("expense_reports")).map(({ data }) => data));
      const lines = (await records.list<ExpenseLine>("expense_lines")).map(({ data }) => data);
      return reports.map((report) => ({
        report,
        totals: reportTotals(
          lines.filter((line) => line.report_id === report.id),
          report.currency,
        ),
      }));
    },
  });
}

export function useExpenseReport(reportId: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["expense_reports", "detail", reportId],
    queryFn: async () => {
      const report = await records.get<ExpenseReport>("expense_reports", reportId);
      if (!report) return null;
      const lines = (await records.list<ExpenseLine>("expense_lines", { parentId: reportId })).map(({ data }) => data);
      return { report: report.data, lines, totals: reportTotals(lines, report.data.currency) };
    },
  });
}

/** The lines' receipts taken on the phone, by line id. */
export function useReceipts(lineIds: string[]) {
  return useLocalFiles(lineIds);
}

/**
 * The policy (vehicle types with their rate, daily limits) the phone keeps for
 * drafting lines offline; the pulls refresh it. Asked of the server only when the
 * phone has none yet.
 */
export function useExpensePolicy() {
  const { api, records } = useServices();
  return useQuery({
    queryKey: ["expense-policy"],
    queryFn: async (): Promise<ExpensePolicy | null> => {
      const kept = await keptPolicy(records);
      if (kept) return kept;
      try {
        const policy = unwrap(await api().GET("/api/v1/expense-reports/policy"));
        await keepPolicy(records, policy, Date.now());
        return policy;
      } catch {
        return null;
      }
    },
  });
}

/** The distance travelled on a day, computed by the server from the pings; null offline or unknown. */
export function useDayDistance(day: string | null) {
  const { api } = useServices();
  return useQuery({
    queryKey: ["day-distance", day],
    enabled: day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day),
    retry: false,
    queryFn: async (): Promise<string | null> => {
      try {
        const me = unwrap(await api().GET("/api/v1/users/me"));
        const route = unwrap(
          await api().GET("/api/v1/users/{user_id}/day", { params: { path: { user_id: me.id }, query: { date: day } } }),
        );
        return route.distance_km > 0 ? route.distance_km.toFixed(2) : null;
      } catch {
        return null;
      }
    },
  });
}

export function useExpenseActions() {
  const services = useServices();
  const attach = useAttachPhoto();
  const policy = useExpensePolicy();
  return {
    createReport: async (form: ReportForm): Promise<string> => {
      const { local, write } = createReport({ id: newId(), form, ownerId: "", now: new Date().toISOString() });
      await services.capture({ record: { kind: "expense_reports", data: local }, write });
      return local.id;
    },
    /** The line, then its receipt: the upload waits for the line to reach the server. */
    addLine: async (
      report: ExpenseReport,
      form: LineForm,
      receipt: PickedPhoto | null,
      dayKm: string | null,
    ): Promise<OutboxItem> => {
      const { local, write } = addLine({
        id: newId(),
        report,
        form,
        rate: mileageRate(policy.data, form.vehicleType),
        dayKm,
        now: new Date().toISOString(),
      });
      const item = await services.capture({ record: { kind: "expense_lines", data: local }, write });
      if (receipt) await attach(receiptTarget(local), receipt, newId());
      return item;
    },
    addReceipt: (line: ExpenseLine, photo: PickedPhoto) => attach(receiptTarget(line), photo, newId()),
    submit: (report: ExpenseReport) => {
      const { local, write } = submitReport(report, new Date().toISOString());
      return services.capture({ record: { kind: "expense_reports", data: local }, write });
    },
  };
}
