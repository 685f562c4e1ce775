import { sumAmounts } from "./opportunities";

describe("sumAmounts", () => {
  it("adds decimal strings exactly", () => {
    expect(sumAmounts(["0.10", "0.20"])).toBe("0.30");
    expect(sumAmounts(["1250000.50", "99.5", "3"])).toBe("1250103.00");
    expect(sumAmounts([])).toBe("0.00");
    expect(sumAmounts(["-5.25", "2"])).toBe("-3.25");
  });
});
