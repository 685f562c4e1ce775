import type { Permission } from '@/lib/auth/permissions'
import type { Me } from '@/lib/auth/session'

export type InboxSectionKey = 'quotes' | 'credit' | 'expenses'

/** The inbox opens to whoever may decide at least one kind of item (any of these). */
export const INBOX_PERMISSIONS = ['quotes:approve', 'expenses:approve'] as const satisfies readonly Permission[]

/**
 * The sections a person may act on, by the API's own rules:
 * - quotes pending approval: `quotes:approve` (a head their team's, an admin all; never their own);
 * - orders on credit hold: a head or an admin (`sales_orders/credit.py` APPROVERS) who may
 *   confirm orders (`sales_orders:write`);
 * - submitted expense reports: `expenses:approve`.
 */
export function inboxSections(me: Pick<Me, 'role' | 'permissions'>): InboxSectionKey[] {
  const can = (p: Permission) => me.permissions.includes(p)
  const out: InboxSectionKey[] = []
  if (can('quotes:approve')) out.push('quotes')
  if ((me.role === 'sales_head' || me.role === 'admin') && can('sales_orders:write')) out.push('credit')
  if (can('expenses:approve')) out.push('expenses')
  return out
}

/** "3", or "50+" while more pages wait to be loaded; null while the first page loads. */
export function countLabel(count: number | null, more: boolean): string | null {
  if (count === null) return null
  return more ? `${count}+` : String(count)
}
