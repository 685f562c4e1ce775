import { addDays, at, dayKey, monthGrid, nextQuarterHour, parseTime, slots, timeOf } from "./calendar";

describe("calendar", () => {
  it("lays a month out in weeks starting on Monday", () => {
    // 1 Nov 2026 is a Sunday: six empty cells before it.
    const weeks = monthGrid(2026, 10);
    expect(weeks[0]!.map((cell) => cell?.day ?? null)).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks.at(-1)!.filter(Boolean).at(-1)).toEqual({ year: 2026, month: 10, day: 30 });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(monthGrid(2027, 1).flat().filter(Boolean)).toHaveLength(28);
  });

  it("reads times of day as people type them, and refuses what is not one", () => {
    expect(parseTime("14:05")).toEqual({ hours: 14, minutes: 5 });
    expect(parseTime("9:30")).toEqual({ hours: 9, minutes: 30 });
    expect(parseTime("0930")).toEqual({ hours: 9, minutes: 30 });
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("12:60")).toBeNull();
    expect(parseTime("noon")).toBeNull();
  });

  it("puts a day and a time together in local time, across month ends", () => {
    const moment = at({ year: 2026, month: 10, day: 30 }, { hours: 14, minutes: 5 });
    expect([moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([30, 14, 5]);
    expect(timeOf(moment)).toBe("14:05");
    expect(dayKey(addDays({ year: 2026, month: 10, day: 30 }, 1))).toBe("2026-12-01");
  });

  it("suggests the next quarter hour and offers half-hour slots", () => {
    expect(timeOf(nextQuarterHour(new Date(2026, 10, 29, 14, 5)))).toBe("14:15");
    expect(timeOf(nextQuarterHour(new Date(2026, 10, 29, 14, 45)))).toBe("15:00");
    expect(timeOf(nextQuarterHour(new Date(2026, 10, 29, 23, 50)))).toBe("00:00");
    expect(slots(8, 9, 30)).toEqual(["08:00", "08:30", "09:00"]);
  });
});
