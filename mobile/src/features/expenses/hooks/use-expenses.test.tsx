/**
 * An expense report made offline on the phone, through the app's real services (the
 * outbox and local copy on sql.js): a food line with a receipt photo, a mileage line
 * priced from the policy the phone keeps, and the submit. Back online, the server gets
 * each once, the receipt before the submit locks the report, and its answers (the
 * policy's flag, its amounts) replace the phone's.
 */
import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react-native";
import type { ReactNode } from "react";

import { LocalFiles } from "@/lib/files/local-files";
import { base64Bytes } from "@/lib/files/uploads";
import type { OutboxRequest, OutboxResponse, Transport } from "@/lib/sync/outbox-types";
import { ProvideServices } from "@/lib/sync/sync-provider";
import { syncConfig } from "@/sync-config";

import { FakeApi } from "../../../../test/fake-api";
import { answer } from "../../../../test/fake-server";
import { buildServices } from "../../../../test/services";
import { emptyLine, expenseLinesSync, expenseReportsSync, keptPolicy, type ExpenseLine, type ExpenseReport } from "../api/expenses";
import { useExpenseActions, useExpensePolicy, useExpenseReport } from "./use-expenses";

const POLICY = {
  mileage_rates: [
    { vehicle_type: "car", rate_per_km: "9.00" },
    { vehicle_type: "two_wheeler", rate_per_km: "4.00" },
  ],
  daily_limits: [{ category: "food", amount: "1000" }],
};

const config = {
  schemas: { expense_reports: syncConfig.schemas.expense_reports, expense_lines: syncConfig.schemas.expense_lines },
  kinds: [],
  appliers: syncConfig.appliers,
  reverters: syncConfig.reverters,
};

/** The expense routes as far as the phone relies on them (decision 0029): client ids answer the first record again. */
class ExpensesServer {
  online = false;
  received: OutboxRequest[] = [];
  reports = new Map<string, ExpenseReport>();
  lines = new Map<string, ExpenseLine>();
  receipts = new Map<string, { line: string; size: number }>();

  transport: Transport = async (request) => {
    if (!this.online) throw new Error("Network request failed");
    this.received.push(request);
    return this.handle(request);
  };

  reachable = async () => this.online;

  private handle(request: OutboxRequest): OutboxResponse {
    const [, , , , reportId, action, lineId] = request.path.split("/");
    const body = request.body ? (JSON.parse(request.body) as Record<string, string | boolean | null>) : {};
    if (!reportId) {
      const report = { ...(body as unknown as ExpenseReport), status: "draft" as const, owner_id: "eng1", version: 1 };
      this.reports.set(report.id, report);
      return answer(201, report);
    }
    const report = this.reports.get(reportId);
    if (!report) return answer(404, { title: "Not found" });
    if (action === "submit") {
      Object.assign(report, { status: "submitted", version: report.version + 1 });
      return answer(200, { ...report });
    }
    if (request.form) {
      if (report.status !== "draft") return answer(409, { code: "expenses.locked", title: "The report is locked" });
      const id = request.form.fields.id!;
      this.receipts.set(id, { line: lineId!, size: base64Bytes(request.form.file.base64) });
      return answer(201, {
        id,
        filename: request.form.file.name,
        content_type: request.form.file.type,
        size_bytes: base64Bytes(request.form.file.base64),
        width: 4,
        height: 3,
        url: `/api/v1/files/${id}/content`,
        thumbnail_url: `/api/v1/files/${id}/thumbnail`,
        created_at: "2026-11-29T10:00:00Z",
      });
    }
    const mileage = body.category === "mileage";
    const amount = mileage ? (Number(body.distance_km) * 9).toFixed(2) : Number(body.amount).toFixed(2);
    const line = {
      ...(body as unknown as ExpenseLine),
      report_id: reportId,
      amount,
      currency: report.currency,
      is_over_limit: body.category === "food" && Number(amount) > 1000,
      decision: "pending" as const,
      decision_comment: null,
      receipts: [],
      version: 1,
    };
    this.lines.set(line.id, line);
    return answer(201, line);
  }
}

async function setUp() {
  const server = new ExpensesServer();
  const fetcher = async (input: Request | string) => {
    const url = new URL(typeof input === "string" ? input : input.url);
    if (url.pathname === "/api/v1/expense-reports/policy") return new Response(JSON.stringify(POLICY), { status: 200 });
    return new Response(JSON.stringify({ title: "Not found" }), { status: 404 });
  };
  const built = await buildServices({ fetcher: fetcher as typeof fetch, transport: server.transport, config });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={built.queryClient}>
      <ProvideServices services={built.services}>{children}</ProvideServices>
    </QueryClientProvider>
  );
  const hook = renderHook(() => ({ actions: useExpenseActions(), policy: useExpensePolicy() }), { wrapper });
  await waitFor(() => expect(hook.result.current.policy.data).toEqual(POLICY));
  return { ...built, server, hook, wrapper };
}

const RECEIPT = { name: "lunch.jpg", contentType: "image/jpeg", base64: "SlBFRyE=", width: 4, height: 3 };

describe("an expense report made offline", () => {
  it("shows at once with its totals, then reaches the server once: lines, the receipt, and the submit after it", async () => {
    const { services, server, hook, wrapper } = await setUp();
    const { actions } = hook.result.current;

    let reportId = "";
    await act(async () => {
      reportId = await actions.createReport({ title: "Pune trip", periodStart: "2026-11-02", periodEnd: "2026-11-06", currency: "INR" });
    });
    const report = (await services.records.get<ExpenseReport>("expense_reports", reportId))!.data;
    await act(async () => {
      await actions.addLine(report, { ...emptyLine("2026-11-03"), category: "food", amount: "1200", notes: "Team lunch" }, RECEIPT, null);
      await actions.addLine(report, { ...emptyLine("2026-11-03"), category: "mileage", distanceKm: "42.5", vehicleType: "car" }, null, null);
      await actions.submit(report);
    });

    // On the phone at once, pending: the mileage priced from the policy it keeps, the totals summed.
    const detail = renderHook(() => useExpenseReport(reportId), { wrapper });
    await waitFor(() => expect(detail.result.current.data?.lines).toHaveLength(2));
    expect(detail.result.current.data?.report.status).toBe("submitted");
    expect(detail.result.current.data?.lines.map((line) => [line.category, line.amount, line.distance_km])).toEqual([
      ["food", "1200.00", null],
      ["mileage", "382.50", "42.5"],
    ]);
    expect(detail.result.current.data?.totals).toEqual(
      expect.objectContaining({ total: "1582.50", lineCount: 2, overLimitCount: 0 }),
    );
    const foodLine = detail.result.current.data!.lines[0]!;
    expect((await new LocalFiles(services.db).listFor([foodLine.id])).map((file) => file.base64)).toEqual([RECEIPT.base64]);
    expect(services.outbox.getSnapshot().map((item) => [item.lane, item.kind])).toEqual([
      ["business", "expense_reports.create"],
      ["business", "expense_lines.create"],
      ["upload", "attachments.upload"],
      ["business", "expense_lines.create"],
      ["business", "expense_reports.submit"],
    ]);

    // Back online.
    server.online = true;
    await act(async () => {
      await services.outbox.flush({ force: true });
      await services.outbox.backgroundSettled();
      await services.outbox.flush({ force: true });
      await services.outbox.backgroundSettled();
    });

    const sent = server.received.map((request) => request.path.replace(reportId, "R").replace(foodLine.id, "L"));
    expect(sent).toEqual([
      "/api/v1/expense-reports",
      "/api/v1/expense-reports/R/lines",
      "/api/v1/expense-reports/R/lines",
      "/api/v1/expense-reports/R/lines/L/receipts",
      "/api/v1/expense-reports/R/submit",
    ]);
    expect(services.outbox.getSnapshot()).toEqual([]);
    expect(server.reports.size).toBe(1);
    expect(server.lines.size).toBe(2);
    expect([...server.receipts.values()]).toEqual([{ line: foodLine.id, size: 5 }]);
    expect(server.reports.get(reportId)?.status).toBe("submitted");

    // The server's answers replace the phone's figures: food above the day's limit is flagged.
    const food = await services.records.get<ExpenseLine>("expense_lines", foodLine.id);
    expect(food).toEqual({ data: expect.objectContaining({ is_over_limit: true, version: 1 }), isPending: false });
    const [kept] = await new LocalFiles(services.db).listFor([foodLine.id]);
    expect(kept).toEqual(expect.objectContaining({ base64: null, uploaded: expect.objectContaining({ filename: "lunch.jpg" }) }));
  });

  it("keeps the policy for drafting offline once the server gave it", async () => {
    const { services } = await setUp();
    expect(JSON.parse((await services.records.getMeta("expense_policy"))!)).toEqual(POLICY);
  });

  it("has the policy from the first sync, before the expenses screen was ever opened, and refreshes it only now and then", async () => {
    const api = new FakeApi();
    api.upsert("expense_reports", { id: "x1", version: 1 });
    let policyReads = 0;
    const fetcher = async (input: Request | string) => {
      const url = new URL(typeof input === "string" ? input : input.url);
      if (url.pathname !== "/api/v1/expense-reports/policy") return api.fetch(input);
      policyReads += 1;
      return new Response(JSON.stringify(POLICY), { status: 200 });
    };
    const { services } = await buildServices({
      fetcher: fetcher as typeof fetch,
      config: { ...config, kinds: [expenseReportsSync, expenseLinesSync] },
    });

    await services.engine.sync();
    await services.engine.sync();

    expect(services.engine.getStatus().pullErrors).toEqual([]);
    expect(await services.records.get("expense_reports", "x1")).not.toBeNull();
    expect(await keptPolicy(services.records)).toEqual(POLICY);
    expect(policyReads).toBe(1);
  });
});
