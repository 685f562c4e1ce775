import { useMatches } from 'react-router'
import type { PermissionRequirement } from '@/lib/auth/permissions'

/** What a route declares about itself (`handle` in router.tsx). */
export interface RouteHandle {
  /** One permission, or a list of which any one opens the page. */
  permission?: PermissionRequirement
}

/** What the page being shown needs, if anything (the deepest route that names it). */
export function useRequiredPermission(): PermissionRequirement | undefined {
  const matches = useMatches()
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle as RouteHandle | undefined
    if (handle?.permission) return handle.permission
  }
  return undefined
}
