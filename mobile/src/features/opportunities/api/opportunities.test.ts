import type { LocalRecord } from "@/lib/local-records";

import { boardOf, sumAmounts, totalsByCurrency, type Opportunity, type Pipeline } from "./opportunities";

describe("sumAmounts", () => {
  it("adds decimal strings exactly", () => {
    expect(sumAmounts(["0.10", "0.20"])).toBe("0.30");
    expect(sumAmounts(["1250000.50", "99.5", "3"])).toBe("1250103.00");
    expect(sumAmounts([])).toBe("0.00");
    expect(sumAmounts(["-5.25", "2"])).toBe("-3.25");
  });
});

describe("totals per currency", () => {
  it("never adds dollars into rupees: one line per currency, the most used first", () => {
    const totals = totalsByCurrency([
      { amount: "2000000.00", weighted_amount: "200000.00", currency: "INR" },
      { amount: "384000.00", weighted_amount: "38400.00", currency: "USD" },
      { amount: "700384.00", weighted_amount: "70038.40", currency: "INR" },
    ]);
    expect(totals).toEqual([
      { currency: "INR", deals: 2, total: "2700384.00", weighted: "270038.40" },
      { currency: "USD", deals: 1, total: "384000.00", weighted: "38400.00" },
    ]);
  });

  it("gives each open stage of the board its own totals per currency", () => {
    const stage = (id: string, position: number, kind: "open" | "won" = "open") =>
      ({ id, name: id, position, kind, probability: 10, required_fields: [] }) as unknown as Pipeline["stages"][number];
    const pipeline = { id: "p", stages: [stage("proposal", 2), stage("potential", 1), stage("won", 3, "won")] } as Pipeline;
    const deal = (id: string, stageId: string, amount: string, currency: string): LocalRecord<Opportunity> => ({
      data: { id, stage_id: stageId, status: "open", amount, weighted_amount: amount, currency } as Opportunity,
      isPending: false,
    });
    const board = boardOf(pipeline, [
      deal("a", "potential", "2700384.00", "INR"),
      deal("b", "potential", "384000.00", "USD"),
      deal("c", "proposal", "100.00", "INR"),
    ]);
    expect(board.map((column) => [column.stage.id, column.totals.map((total) => `${total.currency} ${total.total}`)])).toEqual([
      ["potential", ["INR 2700384.00", "USD 384000.00"]],
      ["proposal", ["INR 100.00"]],
    ]);
  });
});
