export type AgendaView = 'week' | 'day'

/** Local midnight of the given YYYY-MM-DD (today when missing or malformed). */
export function parseDay(value: string | undefined, today = new Date()): Date {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (match) return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return new Date(today.getFullYear(), today.getMonth(), today.getDate())
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days)
}

/** The days shown: a Monday-to-Sunday week around `day`, or `day` alone. */
export function agendaDays(view: AgendaView, day: Date): Date[] {
  if (view === 'day') return [day]
  const monday = addDays(day, -((day.getDay() + 6) % 7))
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

/** [from, to) in instants for the API: local midnight to local midnight. */
export function agendaRange(view: AgendaView, day: Date): [Date, Date] {
  const days = agendaDays(view, day)
  return [days[0]!, addDays(days[days.length - 1]!, 1)]
}

export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}
