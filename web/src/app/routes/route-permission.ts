import { useMatches } from 'react-router'
import type { Permission } from '@/lib/auth/permissions'

/** What a route declares about itself (`handle` in router.tsx). */
export interface RouteHandle {
  permission?: Permission
}

/** The permission the page being shown needs, if any (the deepest route that names one). */
export function useRequiredPermission(): Permission | undefined {
  const matches = useMatches()
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle as RouteHandle | undefined
    if (handle?.permission) return handle.permission
  }
  return undefined
}
