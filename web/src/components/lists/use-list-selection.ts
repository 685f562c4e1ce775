import { useMe, type Permission } from '@/lib/auth/session'
import type { ListFilters } from '@/lib/list-tools/endpoints'
import { stableJson } from '@/lib/api/intent-key'
import { useRowSelection, type RowSelection } from './row-selection'
import type { BulkActionSpec, ListSpec } from './types'

function allowed(permissions: readonly Permission[], action: BulkActionSpec): boolean {
  const needed = Array.isArray(action.permission) ? action.permission : [action.permission]
  return needed.every((p) => permissions.includes(p))
}

/**
 * The bulk actions this user may take on this list (hidden by the same
 * permission names the API checks) and the row selection they act on. With no
 * action allowed there is nothing to select: `selection` is undefined and the
 * table draws no checkboxes.
 */
export function useListSelection<F extends ListFilters, T extends { id: string }>(
  spec: ListSpec<F>,
  filters: F,
  rows: T[],
  nameOf: (row: T) => string,
): { actions: BulkActionSpec[]; selection: RowSelection | undefined } {
  const me = useMe()
  const selection = useRowSelection(rows, nameOf, stableJson(filters))
  const permissions = me.data?.permissions ?? []
  const actions = spec.bulkActions.filter((a) => allowed(permissions, a) && (a.visible?.(filters) ?? true))
  return { actions, selection: actions.length > 0 ? selection : undefined }
}
