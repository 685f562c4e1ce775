import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithApp } from '@/test/render'
import type { AttendanceRow } from '../api/get-attendance'
import { AttendanceSummary, AttendanceTable, summarize } from './attendance-table'

const TEAM = '0193a1b2-0000-7000-8000-0000000000aa'
const row = (over: Partial<AttendanceRow>): AttendanceRow => ({
  user_id: '0193a1b2-0000-7000-8000-000000000001',
  user_name: 'Arun Kumar',
  team_id: TEAM,
  team_name: 'Team North-West',
  duty_started_at: null,
  duty_ended_at: null,
  is_duty_open: false,
  first_ping_at: null,
  last_ping_at: null,
  ping_count: 0,
  distance_km: 0,
  visits_planned: 0,
  visits_done: 0,
  visits_unplanned: 0,
  flagged_check_ins: 0,
  expense_lines: 0,
  expenses_submitted: [],
  ...over,
})

// 09:00 and 18:15 in India on 2 Nov 2026, whatever the machine's time zone.
const worked = row({
  duty_started_at: '2026-11-02T03:30:00Z',
  duty_ended_at: '2026-11-02T12:45:00Z',
  first_ping_at: '2026-11-02T03:31:00Z',
  last_ping_at: '2026-11-02T12:40:00Z',
  ping_count: 98,
  distance_km: 41.25,
  visits_planned: 4,
  visits_done: 3,
  visits_unplanned: 1,
  flagged_check_ins: 2,
  expense_lines: 4,
  expenses_submitted: [
    { currency: 'INR', amount: '450.50' },
    { currency: 'USD', amount: '12.50' },
  ],
})
const open = row({
  user_id: '0193a1b2-0000-7000-8000-000000000002',
  user_name: 'Bhavna Shah',
  duty_started_at: '2026-11-02T04:05:00Z',
  is_duty_open: true,
  first_ping_at: '2026-11-02T04:05:00Z',
  last_ping_at: '2026-11-02T07:00:00Z',
  ping_count: 30,
  distance_km: 12.5,
  visits_planned: 2,
  visits_done: 1,
})
const absent = row({ user_id: '0193a1b2-0000-7000-8000-000000000003', user_name: 'Chetan Rao' })

describe('AttendanceTable', () => {
  it("shows each engineer's day in the company's time, linking to it on the team map", () => {
    renderWithApp(<AttendanceTable rows={[worked, open, absent]} date="2026-11-02" timeZone="Asia/Kolkata" />)
    const rows = screen.getAllByRole('row').slice(1)
    expect(within(rows[0]!).getByRole('link', { name: 'Arun Kumar' })).toHaveAttribute(
      'href',
      `/field/map?user=${worked.user_id}&date=2026-11-02`,
    )
    expect(rows[0]).toHaveTextContent('09:00 – 18:15')
    expect(rows[0]).toHaveTextContent('09:01')
    expect(rows[0]).toHaveTextContent('18:10')
    expect(rows[0]).toHaveTextContent('41.3 km')
    expect(rows[0]).toHaveTextContent('3 of 4')
    expect(rows[0]).toHaveTextContent('1 unplanned')
    expect(rows[0]).toHaveTextContent('2 flagged')
    expect(rows[0]).toHaveTextContent('₹450.50 + $12.50')
    // A day never ended is still open.
    expect(rows[1]).toHaveTextContent('09:35 – on duty')
    expect(within(rows[1]!).getByText('Open')).toBeInTheDocument()
    // No duty, no pings: nothing made up.
    expect(rows[2]).toHaveTextContent('Chetan Rao————0 of 00—')
    // One team: no team column.
    expect(screen.queryByRole('columnheader', { name: 'Team' })).toBeNull()
  })

  it('names the team when the people come from several', () => {
    const other = row({ user_id: 'x', user_name: 'Farah Khan', team_id: 'other', team_name: 'Team South-West' })
    renderWithApp(<AttendanceTable rows={[worked, other]} date="2026-11-02" timeZone="Asia/Kolkata" />)
    expect(screen.getByRole('columnheader', { name: 'Team' })).toBeInTheDocument()
    expect(screen.getAllByRole('row')[2]).toHaveTextContent('Team South-West')
  })
})

describe('AttendanceSummary', () => {
  it('adds up the team, never the money', () => {
    expect(summarize([worked, open, absent])).toEqual({ onDuty: 2, people: 3, km: 53.75, planned: 6, done: 4, flagged: 2 })
    renderWithApp(<AttendanceSummary rows={[worked, open, absent]} />)
    expect(screen.getByTestId('attendance-On duty')).toHaveTextContent('2 of 3')
    expect(screen.getByTestId('attendance-Travelled')).toHaveTextContent('53.8 km')
    expect(screen.getByTestId('attendance-Visits done')).toHaveTextContent('4 of 6 planned')
    expect(screen.getByTestId('attendance-Flagged check-ins')).toHaveTextContent('2')
  })
})
