import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Attendance = Schema<'Attendance'>
export type AttendanceRow = Schema<'AttendanceRow'>
export type AttendanceFilters = { date?: string; team_id?: string }

/** Every engineer's day; without a date, today in the company's time zone (the server decides). */
export const attendanceQueryOptions = (filters: AttendanceFilters) =>
  queryOptions({
    queryKey: ['field', 'attendance', filters],
    queryFn: () => unwrap(api.GET('/api/v1/attendance', { params: { query: compact({ date: filters.date, team_id: filters.team_id }) } })),
    refetchInterval: 60_000,
  })

export function useAttendance(filters: AttendanceFilters) {
  return useQuery(attendanceQueryOptions(filters))
}
