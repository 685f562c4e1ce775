import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Activity = Schema<'ActivityRead'>
export type ActivityType = Schema<'ActivityType'>
export type Agenda = Schema<'Agenda'>

/** My own calendar between two instants, plus what is overdue and reminders due now. */
export const agendaQueryOptions = (from: Date, to: Date) =>
  queryOptions({
    queryKey: ['activities', 'agenda', from.toISOString(), to.toISOString()],
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/agenda', { params: { query: { from: from.toISOString(), to: to.toISOString() } } })),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })

export function useAgenda(from: Date, to: Date) {
  return useQuery(agendaQueryOptions(from, to))
}
