import {
  IconAddressBook,
  IconCash,
  IconClipboardList,
  IconMapPin,
  IconReceipt,
  IconReceipt2,
  IconReportMoney,
  IconBox,
  IconCategory,
  IconDiscount,
  IconFileInvoice,
  IconBuildingWarehouse,
  IconPackages,
  IconShoppingCart,
  IconTruck,
  IconTruckDelivery,
  IconInbox,
  IconKey,
  IconReceiptTax,
  IconTags,
  IconCalendarCheck,
  IconCalendarEvent,
  IconChartBar,
  IconChartLine,
  IconHistory,
  IconHome,
  IconLayoutKanban,
  IconLogin,
  IconMap2,
  IconStack2,
  IconTargetArrow,
  IconTarget,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
  IconFileExport,
  IconFileImport,
  IconShieldLock,
  type Icon,
} from '@tabler/icons-react'
import { INBOX_PERMISSIONS } from '@/features/approvals/inbox-sections'
import { REPORTS_INDEX } from '@/features/reports/reports-permission'
import { EXPORT_PERMISSIONS, IMPORT_PERMISSIONS } from '@/lib/interchange'
import { holdsRequirement, type Permission, type PermissionRequirement } from '@/lib/auth/permissions'

export interface NavItem {
  label: string
  to: string
  icon: Icon
  /** Shown only to users holding this permission, or any one of these (the API's own names). */
  permission?: PermissionRequirement
}

export interface NavSection {
  label?: string
  items: NavItem[]
}

export const NAV_SECTIONS: NavSection[] = [
  {
    items: [
      { label: 'Home', to: '/', icon: IconHome },
      { label: 'Customers', to: '/customers', icon: IconAddressBook, permission: 'customers:read' },
      { label: 'Leads', to: '/leads', icon: IconTargetArrow, permission: 'leads:read' },
      { label: 'Pipeline', to: '/pipeline', icon: IconLayoutKanban, permission: 'opportunities:read' },
      { label: 'Opportunities', to: '/opportunities', icon: IconChartBar, permission: 'opportunities:read' },
      { label: 'Activities', to: '/activities', icon: IconCalendarEvent, permission: 'activities:read' },
      { label: 'Quotes', to: '/quotes', icon: IconFileInvoice, permission: 'quotes:read' },
      { label: 'Sales orders', to: '/sales-orders', icon: IconShoppingCart, permission: 'sales_orders:read' },
      { label: 'Deliveries', to: '/deliveries', icon: IconTruck, permission: 'deliveries:read' },
      { label: 'Approvals', to: '/approvals', icon: IconInbox, permission: INBOX_PERMISSIONS },
      { label: 'Stock', to: '/stock', icon: IconPackages, permission: 'stock:read' },
      { label: 'Procurement', to: '/procurement', icon: IconTruckDelivery, permission: 'procurement:read' },
    ],
  },
  {
    label: 'Billing',
    items: [
      { label: 'Invoices', to: '/invoices', icon: IconReceipt, permission: 'invoices:read' },
      { label: 'Payments', to: '/payments', icon: IconCash, permission: 'payments:read' },
      { label: 'Receivables', to: '/receivables', icon: IconReportMoney, permission: 'invoices:read' },
    ],
  },
  {
    label: 'Reports',
    items: [
      { label: 'Reports', to: '/reports', icon: IconChartLine, permission: REPORTS_INDEX },
      { label: 'Targets', to: '/targets', icon: IconTarget, permission: 'reports:read' },
    ],
  },
  {
    label: 'Field',
    items: [
      { label: 'Team map', to: '/field/map', icon: IconMapPin, permission: 'field:read' },
      { label: 'Visits', to: '/field/visits', icon: IconClipboardList, permission: 'field:read' },
      { label: 'Attendance', to: '/field/attendance', icon: IconCalendarCheck, permission: 'field:read' },
      { label: 'Expenses', to: '/expenses', icon: IconReceipt2, permission: 'field:read' },
    ],
  },
  {
    label: 'Administration',
    items: [
      { label: 'Users', to: '/admin/users', icon: IconUsers, permission: 'users:manage' },
      { label: 'Teams', to: '/admin/teams', icon: IconUsersGroup, permission: 'teams:manage' },
      { label: 'Territories', to: '/admin/territories', icon: IconMap2, permission: 'territories:manage' },
      { label: 'Pipelines & stages', to: '/admin/pipelines', icon: IconStack2, permission: 'pipelines:manage' },
      { label: 'Products', to: '/admin/products', icon: IconBox, permission: 'products:write' },
      { label: 'Product groups', to: '/admin/product-groups', icon: IconCategory, permission: 'products:write' },
      { label: 'Taxes', to: '/admin/taxes', icon: IconReceiptTax, permission: 'taxes:write' },
      { label: 'Price lists', to: '/admin/price-lists', icon: IconTags, permission: 'prices:write' },
      { label: 'Warehouses', to: '/admin/warehouses', icon: IconBuildingWarehouse, permission: 'warehouses:manage' },
      { label: 'Discount limits', to: '/admin/discount-limits', icon: IconDiscount, permission: 'discounts:manage' },
      { label: 'Audit log', to: '/admin/audit', icon: IconHistory, permission: 'audit:read' },
      { label: 'Login report', to: '/admin/logins', icon: IconLogin, permission: 'login_report:read' },
    ],
  },
  {
    label: 'Integrations',
    items: [
      { label: 'API keys', to: '/admin/api-keys', icon: IconKey, permission: 'api_keys:manage' },
      { label: 'Webhooks', to: '/admin/webhooks', icon: IconWebhook, permission: 'webhooks:manage' },
      { label: 'Imports', to: '/admin/imports', icon: IconFileImport, permission: IMPORT_PERMISSIONS },
      { label: 'Exports', to: '/admin/exports', icon: IconFileExport, permission: EXPORT_PERMISSIONS },
      { label: 'Personal data', to: '/admin/privacy', icon: IconShieldLock, permission: 'privacy:manage' },
    ],
  },
]

export function visibleSections(permissions: readonly Permission[]): NavSection[] {
  return NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => !item.permission || holdsRequirement(permissions, item.permission)),
  })).filter((section) => section.items.length > 0)
}
