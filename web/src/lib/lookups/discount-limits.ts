import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { useMe, type Role } from '@/lib/auth/session'

export type DiscountLimit = Schema<'DiscountLimitRead'>

export const discountLimitsQueryOptions = () =>
  queryOptions({
    queryKey: ['discount-limits', 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/discount-limits')),
    staleTime: 60_000,
  })

export function useDiscountLimits() {
  return useQuery(discountLimitsQueryOptions())
}

/**
 * The signed-in user's own discount limit in percent: a string, `null` for no
 * limit, `undefined` while it loads. A role without a row has a limit of 0
 * (every discount waits for approval), as the API counts it.
 */
export function useMyDiscountLimit(): string | null | undefined {
  const me = useMe()
  const limits = useDiscountLimits()
  return limitOfRole(limits.data, me.data?.role)
}

/** A role's limit in percent (null: none; undefined: not known yet; a role without a row: 0). */
export function limitOfRole(limits: DiscountLimit[] | undefined, role: Role | undefined): string | null | undefined {
  if (!limits || !role) return undefined
  const row = limits.find((l) => l.role === role)
  return row ? row.max_percent : '0'
}
