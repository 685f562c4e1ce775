import { useCallback, useMemo, useState } from 'react'

export interface RowSelection {
  /** The selected rows' ids, in the order they were picked. */
  ids: string[]
  /** Each selected row's name, to say which record a bulk result is about. */
  names: Record<string, string>
  isSelected: (id: string) => boolean
  toggle: (id: string) => void
  /** Every row of the loaded pages is selected. */
  allSelected: boolean
  someSelected: boolean
  toggleAll: () => void
  clear: () => void
}

/**
 * Row checkboxes of a list: only rows that are on screen can be selected, and
 * a change of filters (`scope`) starts again, so a bulk action never touches a
 * row the user cannot see.
 */
export function useRowSelection<T extends { id: string }>(rows: T[], nameOf: (row: T) => string, scope: string): RowSelection {
  const [state, setState] = useState<{ scope: string; ids: string[] }>({ scope, ids: [] })
  const names = useMemo(() => Object.fromEntries(rows.map((r) => [r.id, nameOf(r)])), [rows, nameOf])
  const ids = useMemo(() => (state.scope === scope ? state.ids : []).filter((id) => id in names), [state, scope, names])

  const set = useCallback((next: (ids: string[]) => string[]) => setState((s) => ({ scope, ids: next(s.scope === scope ? s.ids : []) })), [scope])
  const allSelected = rows.length > 0 && ids.length === rows.length
  return {
    ids,
    names: Object.fromEntries(ids.map((id) => [id, names[id] ?? id])),
    isSelected: (id) => ids.includes(id),
    toggle: (id) => set((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id])),
    allSelected,
    someSelected: ids.length > 0 && !allSelected,
    toggleAll: () => set(() => (allSelected ? [] : rows.map((r) => r.id))),
    clear: () => set(() => []),
  }
}
