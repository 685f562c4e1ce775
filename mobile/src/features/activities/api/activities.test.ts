import type { LocalRecord } from "@/lib/local-records";

import { splitMyDay, type Activity } from "./activities";

const at = (iso: string, status: Activity["status"] = "planned", id = iso): LocalRecord<Activity> => ({
  isPending: false,
  data: { id, subject: id, status, scheduled_at: iso, type: "call" } as Activity,
});

describe("splitMyDay", () => {
  const now = new Date(2026, 10, 24, 9, 30);
  const local = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();

  it("puts planned past activities in overdue, today's in today, and the next week in upcoming", () => {
    const day = splitMyDay(
      [
        at(local(22, 10)),
        at(local(23, 15), "done"),
        at(local(24, 8)),
        at(local(24, 17), "done"),
        at(local(24, 18), "cancelled"),
        at(local(26, 11)),
        at(local(24 + 10, 11)),
      ],
      now,
    );
    expect(day.overdue.map((record) => record.data.scheduled_at)).toEqual([local(22, 10)]);
    expect(day.today.map((record) => record.data.scheduled_at)).toEqual([local(24, 8), local(24, 17)]);
    expect(day.upcoming.map((record) => record.data.scheduled_at)).toEqual([local(26, 11)]);
  });
});
