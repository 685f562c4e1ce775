import { describe, expect, it } from 'vitest'
import { agendaDays, agendaRange, parseDay } from './agenda-range'

describe('agenda range', () => {
  it('shows Monday to Sunday around the chosen day', () => {
    const days = agendaDays('week', parseDay('2026-11-26'))
    expect(days).toHaveLength(7)
    expect(days[0]!.getDay()).toBe(1)
    expect(days[0]!.getDate()).toBe(23)
    expect(days[6]!.getDate()).toBe(29)
  })

  it('asks the API for local midnight to local midnight', () => {
    const [from, to] = agendaRange('day', parseDay('2026-11-26'))
    expect(to.getTime() - from.getTime()).toBe(24 * 3600 * 1000)
    expect(from.getHours()).toBe(0)
  })

  it('falls back to today for a malformed date in the URL', () => {
    const today = new Date(2026, 10, 24, 15, 30)
    expect(parseDay('not-a-date', today)).toEqual(new Date(2026, 10, 24))
  })
})
