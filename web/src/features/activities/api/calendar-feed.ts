import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'

export function useCalendarFeed() {
  return useQuery({
    queryKey: ['activities', 'calendar-feed'],
    queryFn: () => unwrap(api.GET('/api/v1/me/calendar-feed')),
    staleTime: Infinity,
  })
}

/** A new secret address; calendars subscribed to the old one stop updating. */
export function useRotateCalendarFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed/rotate')),
    onSuccess: (feed) => queryClient.setQueryData(['activities', 'calendar-feed'], feed),
  })
}
