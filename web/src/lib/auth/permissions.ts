import type { Schema } from '@/lib/api/types'

export type Permission = Schema<'Permission'>

/** What each permission lets a person do, as the end of "You need permission to …". */
export const PERMISSION_ACTIONS: Record<Permission, string> = {
  'customers:read': 'see customers',
  'customers:write': 'add and edit customers',
  'customers:reassign': 'give customers to another owner',
  'users:read': 'see the list of people',
  'users:manage': 'manage users',
  'teams:manage': 'manage teams',
  'territories:manage': 'manage territories',
  'audit:read': 'read the audit log',
  'login_report:read': 'read the login report',
  'leads:read': 'see leads',
  'leads:write': 'capture and edit leads',
  'leads:assign': 'assign leads',
  'pipelines:manage': 'manage pipelines and stages',
  'opportunities:read': 'see deals',
  'opportunities:write': 'open and edit deals',
  'opportunities:assign': 'give deals to another owner',
  'lead_scoring:manage': 'change the lead scoring rules',
  'activities:read': 'see activities',
  'activities:write': 'plan and edit activities',
  'jobs:manage': 'see and retry background jobs',
  'products:read': 'see products, taxes and prices',
  'products:write': 'add and edit products',
  'prices:write': 'manage price lists',
  'taxes:write': 'manage tax categories',
  'discounts:manage': 'change the discount limits',
  'quotes:read': 'see quotes',
  'quotes:write': 'build, send and revise quotes',
  'quotes:approve': 'approve discounts on quotes',
  'sales_orders:read': 'see sales orders',
  'sales_orders:write': 'create, confirm and cancel sales orders',
  'stock:read': 'see stock levels',
  'stock:write': 'adjust and transfer stock',
  'warehouses:manage': 'manage warehouses',
  'procurement:read': 'see procurement requests',
  'procurement:write': 'order, receive and cancel procurement requests',
  'field:read': 'see duty days, visits and locations',
  'field:write': 'record duty, visits and to-dos',
  'invoices:read': 'see invoices and receivables',
  'invoices:write': 'make, issue and credit invoices',
  'payments:read': 'see payments',
  'payments:write': 'record and allocate payments',
  'expenses:approve': 'approve expense reports and mark them reimbursed',
  'deliveries:read': 'see deliveries',
  'deliveries:write': 'create, pack, ship and deliver deliveries',
  'api_keys:manage': 'manage API keys for integrations',
  'webhooks:manage': 'manage webhooks for integrations',
  'reports:read': 'read reports and the dashboard',
  'targets:manage': 'set sales targets',
  'privacy:manage': 'export or erase the personal data of a contact or lead (GDPR)',
}

/** What a page or a menu entry needs: one permission, or any one of several. */
export type PermissionRequirement = Permission | readonly Permission[]

export function holdsRequirement(held: readonly string[], required: PermissionRequirement): boolean {
  return typeof required === 'string' ? held.includes(required) : required.some((p) => held.includes(p))
}

/** The permission a refusal names: the requirement's first. */
export function namedPermission(required: PermissionRequirement): Permission {
  return typeof required === 'string' ? required : (required[0] as Permission)
}

export function isPermission(value: string): value is Permission {
  return value in PERMISSION_ACTIONS
}

/** "You need permission to read the audit log." */
export function missingPermissionSentence(permission: string | undefined): string {
  const action = permission && isPermission(permission) ? PERMISSION_ACTIONS[permission] : null
  return action
    ? `Your role does not allow you to ${action}. Ask an administrator if you need it.`
    : 'Your role does not allow this. Ask an administrator if you need it.'
}
