import type { ComponentType, ReactNode } from 'react'
import type { Permission } from '@/lib/auth/session'
import type { ListEndpoints, ListFilters } from '@/lib/list-tools/endpoints'

/** The fields an action adds to the bulk request (owner_id, status, stage_id, ...). */
export type BulkParams = Record<string, unknown>

export interface BulkParamsProps {
  value: BulkParams
  onChange: (value: BulkParams) => void
}

/** One bulk action of a list, declared by the list's feature. */
export interface BulkActionSpec {
  /** Sent as `action`. */
  action: string
  /** The button of the bulk bar, e.g. "Reassign". */
  label: string
  icon?: ReactNode
  /** Hidden from users without it (the names of the API's Permission enum). */
  permission: Permission | Permission[]
  /** Shown only for some filters, e.g. "Unarchive" on the archived customers. */
  visible?: (filters: ListFilters) => boolean
  /** Fields sent as they are, e.g. `{ status: 'done' }`. */
  fixed?: BulkParams
  /** Asks for the action's fields inside the dialog. */
  Params?: ComponentType<BulkParamsProps>
  /** False while a field the action needs is missing. */
  ready?: (params: BulkParams) => boolean
  /** Destructive actions say so in red before anything is sent. */
  destructive?: boolean
  /** What will happen, e.g. "Archive 3 customers?" */
  question: (count: string) => string
  /** The confirm button, e.g. "Archive". */
  confirmLabel: string
}

/** Everything a list page declares to get count, export, bulk actions and saved views. */
export interface ListSpec<F extends ListFilters = ListFilters> {
  endpoints: ListEndpoints<F>
  /** "customer", "customers" */
  noun: { one: string; many: string }
  /** The URL keys a saved view stores and restores (the filters and `sort`). */
  filterKeys: readonly string[]
  bulkActions: BulkActionSpec[]
}

/** "1 customer", "12,345 customers" */
export function countOf(n: number, noun: { one: string; many: string }, format: (n: number) => string): string {
  return `${format(n)} ${n === 1 ? noun.one : noun.many}`
}
