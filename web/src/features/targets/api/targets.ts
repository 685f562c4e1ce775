import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap, unwrapVersioned } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { compact } from '@/lib/url-state'

export type Target = Schema<'TargetRead'>
export type TargetCreate = Schema<'TargetCreate'>
export type TargetUpdate = Schema<'TargetUpdate'>
export type TargetPeriod = Schema<'TargetPeriod'>
export type TargetSubject = Schema<'TargetSubject'>

export const TARGET_FILTER_KEYS = ['period', 'subject', 'on'] as const
export type TargetFilters = Partial<Record<(typeof TARGET_FILTER_KEYS)[number], string>>

function targetQuery(filters: TargetFilters) {
  return compact({
    period: filters.period as TargetPeriod | undefined,
    subject: filters.subject as TargetSubject | undefined,
    on: filters.on,
  })
}

/** Targets with their attainment so far, newest period first, a page at a time. */
export const targetsQueryOptions = (filters: TargetFilters) =>
  infiniteQueryOptions({
    queryKey: ['targets', 'list', filters],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/targets', { params: { query: { ...targetQuery(filters), limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useTargets(filters: TargetFilters) {
  return useInfiniteQuery(targetsQueryOptions(filters))
}

/** One target as stored now, with its ETag (the conflict resolver compares against it). */
export const getTarget = (targetId: string) => unwrapVersioned(api.GET('/api/v1/targets/{target_id}', { params: { path: { target_id: targetId } } }))

/** Creates a target (with the intent's key) or changes its figures (with If-Match: the version the form read). */
export function useSaveTarget() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: TargetCreate; key: string } | { targetId: string; etag: string; update: TargetUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/targets', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/targets/{target_id}', {
              params: { path: { target_id: args.targetId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['targets'] })
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] })
    },
  })
}

export function useDeleteTarget() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (target: Target) =>
      unwrap(api.DELETE('/api/v1/targets/{target_id}', { params: { path: { target_id: target.id }, header: { 'If-Match': ifMatch(target.version) } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['targets'] })
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] })
    },
  })
}
