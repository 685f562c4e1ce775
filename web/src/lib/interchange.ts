import type { Permission } from '@/lib/auth/permissions'
import type { Schema } from '@/lib/api/types'

/** CSV, XLSX or JSON lines: the files imports read and exports write (decision 0038). */
export type FileFormat = Schema<'FileFormat'>

export const FILE_FORMATS: { value: FileFormat; label: string }[] = [
  { value: 'csv', label: 'CSV' },
  { value: 'xlsx', label: 'Excel (XLSX)' },
  { value: 'jsonl', label: 'JSON lines' },
]

/** The name the imports' and exports' answers give a resource. */
export type InterchangeResourceName = 'customers' | 'products' | 'price_lists' | 'sales_orders' | 'invoices'

export interface InterchangeResource {
  name: InterchangeResourceName
  label: string
  /** Where its imports and exports live: `/api/v1${path}/imports`. */
  path: '/customers' | '/products' | '/price-lists' | '/sales-orders' | '/invoices'
  /** Where one of its records opens in the app, when it has a page of its own. */
  recordPath?: (id: string) => string
  /** What its imports need (the API checks it on every import route). */
  writePermission: Permission
  /** What its exports need. */
  readPermission: Permission
}

/**
 * The records a file can carry in and out, by external id, with the permission each
 * direction needs: the same as the API's (app/imports/resources.py, app/exports/resources.py).
 */
export const INTERCHANGE_RESOURCES: InterchangeResource[] = [
  { name: 'customers', label: 'Customers', path: '/customers', writePermission: 'customers:write', readPermission: 'customers:read', recordPath: (id) => `/customers/${id}` },
  { name: 'products', label: 'Products', path: '/products', writePermission: 'products:write', readPermission: 'products:read' },
  { name: 'price_lists', label: 'Price lists', path: '/price-lists', writePermission: 'prices:write', readPermission: 'products:read', recordPath: (id) => `/admin/price-lists/${id}` },
  { name: 'sales_orders', label: 'Sales orders', path: '/sales-orders', writePermission: 'sales_orders:write', readPermission: 'sales_orders:read', recordPath: (id) => `/sales-orders/${id}` },
  { name: 'invoices', label: 'Invoices', path: '/invoices', writePermission: 'invoices:write', readPermission: 'invoices:read', recordPath: (id) => `/invoices/${id}` },
]

export const IMPORT_PERMISSIONS: readonly Permission[] = INTERCHANGE_RESOURCES.map((r) => r.writePermission)
export const EXPORT_PERMISSIONS: readonly Permission[] = [...new Set(INTERCHANGE_RESOURCES.map((r) => r.readPermission))]

export function interchangeResource(name: string | undefined): InterchangeResource | undefined {
  return INTERCHANGE_RESOURCES.find((r) => r.name === name)
}

/** The resources the holder of `permissions` may import (`write`) or export (`read`). */
export function resourcesFor(permissions: readonly string[], direction: 'read' | 'write'): InterchangeResource[] {
  return INTERCHANGE_RESOURCES.filter((r) => permissions.includes(direction === 'read' ? r.readPermission : r.writePermission))
}
