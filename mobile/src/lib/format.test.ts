import {
  formatDate,
  formatDateTime,
  formatMinutes,
  formatMoney,
  formatMonth,
  formatSince,
  formatTime,
  formatWeekday,
  groupIndian,
  roundDecimal,
} from "./format";

describe("money", () => {
  it("groups digits the Indian way for every currency, with the currency's symbol", () => {
    expect(formatMoney("1234567.5", "INR")).toBe("₹12,34,567.50");
    expect(formatMoney("384000", "USD")).toBe("$3,84,000.00");
    expect(formatMoney("2700384.00", "INR")).toBe("₹27,00,384.00");
    expect(formatMoney("999", "INR")).toBe("₹999.00");
    expect(formatMoney("123456789012.3456", "INR")).toBe("₹1,23,45,67,89,012.35");
  });

  it("shows the currency's minor units: none for JPY, three for KWD", () => {
    expect(formatMoney("1500.49", "JPY")).toBe("¥1,500");
    expect(formatMoney("1500.5", "JPY")).toBe("¥1,501");
    expect(formatMoney("12.3456", "KWD")).toBe("KWD 12.346");
  });

  it("rounds the decimal string half-up, exactly, where a float would not", () => {
    expect(formatMoney("1.005", "INR")).toBe("₹1.01");
    expect(formatMoney("-2.345", "INR")).toBe("-₹2.35");
    expect(formatMoney("-0.001", "INR")).toBe("₹0.00");
    expect(roundDecimal("0.995", 2)).toEqual({ negative: false, whole: "1", fraction: "00" });
    expect(groupIndian("100000")).toBe("1,00,000");
  });

  it("says so when there is no amount, and shows what it cannot read", () => {
    expect(formatMoney(null, "INR")).toBe("—");
    expect(formatMoney("", "INR")).toBe("—");
    expect(formatMoney("12,5", "INR")).toBe("12,5 INR");
    expect(formatMoney("10", null)).toBe("₹10.00");
  });
});

describe("dates", () => {
  // jest runs in the machine's zone; build the expected local values from local parts.
  const local = new Date(2026, 10, 29, 14, 5);

  it("writes dates as 29 Nov 2026 and date-times as 29 Nov 2026, 14:05, in local time", () => {
    expect(formatDate(local)).toBe("29 Nov 2026");
    expect(formatDateTime(local.toISOString())).toBe("29 Nov 2026, 14:05");
    expect(formatDateTime(local.getTime())).toBe("29 Nov 2026, 14:05");
    expect(formatTime(local.toISOString())).toBe("14:05");
    expect(formatWeekday(local)).toBe("Sunday, 29 Nov 2026");
  });

  it("names a month, and a time known today by its hour alone", () => {
    expect(formatMonth("2026-11-01")).toBe("Nov 2026");
    expect(formatSince(local.getTime(), new Date(2026, 10, 29, 18, 0))).toBe("14:05");
    expect(formatSince(local.getTime(), new Date(2026, 10, 30, 9, 0))).toBe("29 Nov 2026, 14:05");
  });

  it("keeps a bare calendar date on its day in every zone", () => {
    expect(formatDate("2026-12-01")).toBe("1 Dec 2026");
  });

  it("says so when there is no date, and shows what it cannot read", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime("soon")).toBe("soon");
  });

  it("writes durations in hours and minutes", () => {
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(90)).toBe("1 h 30 min");
    expect(formatMinutes(120)).toBe("2 h");
  });
});
