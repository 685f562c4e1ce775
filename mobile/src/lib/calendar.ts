/**
 * Calendar arithmetic for the date and time picker, in the phone's local time:
 * month grids (weeks start on Monday), times of day as "HH:MM", and putting a
 * day and a time together.
 */
export interface Day {
  year: number;
  /** 0-11, as Date counts months. */
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

export const dayOf = (date: Date): Day => ({ year: date.getFullYear(), month: date.getMonth(), day: date.getDate() });
export const sameDay = (a: Day, b: Day) => a.year === b.year && a.month === b.month && a.day === b.day;
export const dayKey = (day: Day) => `${day.year}-${pad(day.month + 1)}-${pad(day.day)}`;

/** The month as weeks of seven cells, Monday first; cells outside the month are null. */
export function monthGrid(year: number, month: number): (Day | null)[][] {
  const first = new Date(year, month, 1);
  const leading = (first.getDay() + 6) % 7;
  const days = new Date(year, month + 1, 0).getDate();
  const cells: (Day | null)[] = [...Array<null>(leading).fill(null)];
  for (let day = 1; day <= days; day += 1) cells.push({ year, month, day });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (Day | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** "9:5", "09:05", "0905" -> { hours: 9, minutes: 5 }; null when it is not a time of day. */
export function parseTime(text: string): { hours: number; minutes: number } | null {
  const match = /^\s*(\d{1,2})\s*[:.h]?\s*(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

export const timeOf = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** The local moment of `time` on `day`. */
export function at(day: Day, time: { hours: number; minutes: number }): Date {
  return new Date(day.year, day.month, day.day, time.hours, time.minutes);
}

export function addDays(day: Day, count: number): Day {
  return dayOf(new Date(day.year, day.month, day.day + count));
}

/** The next quarter hour after `now`: a sensible first guess for planning. */
export function nextQuarterHour(now: Date): Date {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes() + 1);
  next.setMinutes(Math.ceil(next.getMinutes() / 15) * 15, 0, 0);
  return next;
}

/** Times of day every `stepMinutes` from `from` to `to` hours, for quick picking. */
export function slots(from: number, to: number, stepMinutes: number): string[] {
  const result: string[] = [];
  for (let minutes = from * 60; minutes <= to * 60; minutes += stepMinutes) {
    result.push(`${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
  }
  return result;
}
