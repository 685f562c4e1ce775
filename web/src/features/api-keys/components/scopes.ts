import type { ApiScope } from '../api/api-keys'

export type ScopeAction = 'read' | 'write'

/** Every scope the API offers; the `satisfies` fails the type check when the API adds one. */
const OFFERED = {
  'customers:read': true,
  'customers:write': true,
  'users:read': true,
  'leads:read': true,
  'leads:write': true,
  'opportunities:read': true,
  'opportunities:write': true,
  'activities:read': true,
  'activities:write': true,
  'products:read': true,
  'products:write': true,
  'prices:write': true,
  'taxes:write': true,
  'quotes:read': true,
  'quotes:write': true,
  'sales_orders:read': true,
  'sales_orders:write': true,
  'stock:read': true,
  'stock:write': true,
  'warehouses:write': true,
  'procurement:read': true,
  'procurement:write': true,
  'invoices:read': true,
  'invoices:write': true,
  'payments:read': true,
  'payments:write': true,
  'deliveries:read': true,
  'deliveries:write': true,
  'reports:read': true,
} as const satisfies Record<ApiScope, true>

export const ALL_SCOPES = Object.keys(OFFERED) as ApiScope[]

/** What each resource covers, as the README's "Scopes" says it. */
const RESOURCES: Record<string, { label: string; covers?: string }> = {
  customers: { label: 'Customers', covers: 'with their contacts' },
  users: { label: 'Users', covers: 'the directory: users, teams and territories' },
  leads: { label: 'Leads' },
  opportunities: { label: 'Deals' },
  activities: { label: 'Activities' },
  products: { label: 'Products', covers: 'read: products, groups, taxes and prices; write: products and groups' },
  prices: { label: 'Price lists' },
  taxes: { label: 'Tax categories' },
  quotes: { label: 'Quotes' },
  sales_orders: { label: 'Sales orders' },
  stock: { label: 'Stock' },
  warehouses: { label: 'Warehouses' },
  procurement: { label: 'Procurement' },
  invoices: { label: 'Invoices', covers: 'read includes receivables' },
  payments: { label: 'Payments' },
  deliveries: { label: 'Deliveries' },
  reports: { label: 'Reports', covers: 'reports and the dashboard' },
}

export interface ScopeResource {
  resource: string
  label: string
  covers?: string
  read?: ApiScope
  write?: ApiScope
}

/** The scopes as rows of a resource with its read and write scope, in the API's order. */
export const SCOPE_RESOURCES: ScopeResource[] = ALL_SCOPES.reduce<ScopeResource[]>((rows, scope) => {
  const [resource = scope, action] = scope.split(':') as [string, ScopeAction]
  let row = rows.find((r) => r.resource === resource)
  if (!row) {
    row = { resource, label: RESOURCES[resource]?.label ?? resource, covers: RESOURCES[resource]?.covers }
    rows.push(row)
  }
  row[action] = scope
  return rows
}, [])

/** customers:write -> "Customers: write" */
export function scopeLabel(scope: string): string {
  const [resource = scope, action = ''] = scope.split(':')
  return `${RESOURCES[resource]?.label ?? resource}: ${action}`
}
