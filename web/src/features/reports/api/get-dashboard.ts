import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type Dashboard = Schema<'Dashboard'>
export type PipelineStage = Schema<'PipelineStage'>
export type SalesComparison = Schema<'SalesComparison'>
export type Cash = Schema<'Cash'>
export type AgingFigures = Schema<'AgingFigures'>
export type TeamToday = Schema<'TeamToday'>
export type WeekVisits = Schema<'WeekVisits'>
export type Target = Schema<'TargetRead'>

/** The caller's KPIs in one request (this month to date against the same days before). */
export const dashboardQueryOptions = () =>
  queryOptions({
    queryKey: ['dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/dashboard')),
    staleTime: 60_000,
  })

export function useDashboard(enabled = true) {
  return useQuery({ ...dashboardQueryOptions(), enabled })
}
