import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import { tokenStore } from './token-store'

export type Me = Schema<'Me'>
export type Permission = Schema<'Permission'>
export type Role = Schema<'Role'>

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: () => unwrap(api.GET('/api/v1/users/me')),
    staleTime: 5 * 60_000,
  })

/** True while tokens are stored; flips to false on sign-out or a failed refresh. */
export function useIsSignedIn(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, () => tokenStore.get() !== null)
}

export function useMe() {
  return useQuery({ ...meQueryOptions(), enabled: useIsSignedIn() })
}

export function hasPermission(me: Pick<Me, 'permissions'> | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false
}

export function useCan(permission: Permission): boolean {
  const { data } = useMe()
  return hasPermission(data, permission)
}

/** Drops every cached record when the session ends, so the next user sees none of them. */
export function useClearCacheOnSignOut(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      tokenStore.subscribe((tokens) => {
        if (!tokens) queryClient.clear()
      }),
    [queryClient],
  )
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  sales_head: 'Sales head',
  sales_engineer: 'Sales engineer',
}
