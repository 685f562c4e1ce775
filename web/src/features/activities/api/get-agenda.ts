import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Activity = Schema<'ActivityRead'>
export type ActivityType = Schema<'ActivityType'>
export type Agenda = Schema<'Agenda'>

export type TeamAgenda = Schema<'TeamAgenda'>

/**
 * A calendar between two instants, plus what is overdue and my reminders due
 * now: mine (`owners` null), or of these owners ([]: everyone I may see).
 */
export const agendaQueryOptions = (from: Date, to: Date, owners: string[] | null = null) =>
  queryOptions({
    queryKey: ['activities', 'agenda', from.toISOString(), to.toISOString(), owners],
    queryFn: ({ signal }): Promise<Agenda & { truncated?: boolean }> => {
      const range = { from: from.toISOString(), to: to.toISOString() }
      if (owners === null) return unwrap(api.GET('/api/v1/me/agenda', { params: { query: range }, signal }))
      const query = owners.length ? { ...range, owner_id: owners } : range
      return unwrap(api.GET('/api/v1/activities/agenda', { params: { query }, signal }))
    },
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })

export function useAgenda(from: Date, to: Date, owners: string[] | null = null) {
  return useQuery(agendaQueryOptions(from, to, owners))
}
