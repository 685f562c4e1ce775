import { addLine, emptyLine, lineProblems, mileageAmount, reportProblems, reportTotals, type ExpenseLine, type ExpenseReport } from "./expenses";

const report: ExpenseReport = {
  id: "r1",
  created_at: "2026-11-01T08:00:00Z",
  updated_at: "2026-11-01T08:00:00Z",
  version: 1,
  owner_id: "eng1",
  title: "Pune trip",
  period_start: "2026-11-02",
  period_end: "2026-11-06",
  currency: "INR",
  status: "draft",
  submitted_at: null,
  decided_at: null,
  decided_by_id: null,
  decision_comment: null,
  reimbursed_on: null,
  reimbursement_reference: null,
};

const line = (category: ExpenseLine["category"], amount: string, extra: Partial<ExpenseLine> = {}): ExpenseLine =>
  ({ id: `${category}-${amount}`, report_id: "r1", category, amount, currency: "INR", decision: "pending", is_over_limit: false, ...extra }) as ExpenseLine;

describe("a report's totals", () => {
  it("sum its lines per category, leave rejected lines out of the approved total and count the flagged ones", () => {
    const totals = reportTotals(
      [line("food", "600.00"), line("food", "550.50", { is_over_limit: true }), line("mileage", "382.50"), line("other", "99.99", { decision: "rejected" })],
      "INR",
    );
    expect(totals).toEqual({
      total: "1632.99",
      approvedTotal: "1533.00",
      byCategory: [
        { category: "food", amount: "1150.50" },
        { category: "mileage", amount: "382.50" },
        { category: "other", amount: "99.99" },
      ],
      lineCount: 4,
      overLimitCount: 1,
    });
    expect(reportTotals([], "INR").total).toBe("0.00");
  });
});

describe("mileage", () => {
  it("is km x the policy's rate, rounded half up like the server", () => {
    expect(mileageAmount("42.5", "9.00", "INR")).toBe("382.50");
    expect(mileageAmount("10.005", "4.00", "INR")).toBe("40.02");
  });

  it("taken from the day's distance sends km_from_day and no km, showing the day's km until the server answers", () => {
    const form = { ...emptyLine("2026-11-03"), category: "mileage" as const, vehicleType: "two_wheeler", kmFromDay: true };
    const { local, write } = addLine({ id: "l1", report, form, rate: "4.00", dayKm: "31.20", now: "2026-11-03T18:00:00Z" });
    expect(write.body).toEqual(expect.objectContaining({ km_from_day: true, distance_km: null, amount: null, vehicle_type: "two_wheeler" }));
    expect(local).toEqual(expect.objectContaining({ distance_km: "31.20", amount: "124.80", is_over_limit: false }));
    expect(write.scopeIds).toEqual(["r1"]);
  });
});

describe("what the forms must fix", () => {
  it("a line outside the period, without an amount, or mileage without km", () => {
    expect(lineProblems({ ...emptyLine("2026-11-09"), amount: "0" }, report)).toEqual({
      expenseDate: "Outside the report's period",
      amount: "More than 0",
    });
    expect(lineProblems({ ...emptyLine("2026-11-03"), category: "mileage" }, report)).toEqual({ distanceKm: "More than 0 km" });
    expect(lineProblems({ ...emptyLine("2026-11-03"), category: "mileage", kmFromDay: true }, report)).toEqual({});
    expect(lineProblems({ ...emptyLine("2026-11-03"), amount: "1,200" }, report)).toEqual({});
    const typed = addLine({ id: "l2", report, form: { ...emptyLine("2026-11-03"), amount: "1,200" }, rate: null, now: "2026-11-03T18:00:00Z" });
    expect([typed.write.body.amount, typed.local.amount]).toEqual(["1200", "1200.00"]);
  });

  it("a report without a title, or ending before it starts", () => {
    expect(reportProblems({ title: " ", periodStart: "2026-11-06", periodEnd: "2026-11-02", currency: "inr" })).toEqual({
      title: "Name the trip or period",
      periodEnd: "Ends before it starts",
    });
  });
});
