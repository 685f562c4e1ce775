import { useState } from 'react'
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router'
import { NotFoundRoute } from './routes/not-found'
import { RouteErrorBoundary } from './routes/route-error'
import type { RouteHandle } from './routes/route-permission'
import type { PermissionRequirement } from '@/lib/auth/permissions'
import { INBOX_PERMISSIONS } from '@/features/approvals/inbox-sections'
import { REPORTS_INDEX } from '@/features/reports/reports-permission'
import { EXPORT_PERMISSIONS, IMPORT_PERMISSIONS } from '@/lib/interchange'

// Each page is its own chunk; a route module exports `Component`. A page that
// needs a permission names it: AppLayout shows a refusal instead of the page to
// a user without it (the API refuses the data anyway).
type PageModule = { Component: React.ComponentType }
const page = (load: () => Promise<PageModule>, permission?: PermissionRequirement): Pick<RouteObject, 'lazy' | 'handle'> => ({
  lazy: async () => ({ Component: (await load()).Component }),
  handle: permission ? ({ permission } satisfies RouteHandle) : undefined,
})

/** While the first page's chunk loads: an empty page, marked busy (no library needed). */
function PageLoading() {
  return <div aria-busy="true" aria-label="Loading" style={{ minHeight: '100vh' }} />
}

export const routes: RouteObject[] = [
  // The sign-in page and the app shell are chunks of their own too: the entry holds
  // only the providers and the router, so /login never loads the shell's menus and
  // pages never load the sign-in form.
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('./routes/login')).LoginRoute }),
    hydrateFallbackElement: <PageLoading />,
    errorElement: <RouteErrorBoundary />,
  },
  {
    path: '/',
    lazy: async () => ({ Component: (await import('./routes/app-layout')).AppLayout }),
    hydrateFallbackElement: <PageLoading />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, ...page(() => import('./routes/home')) },
          { path: 'customers', ...page(() => import('./routes/customers/list'), 'customers:read') },
          { path: 'customers/new', ...page(() => import('./routes/customers/new'), 'customers:write') },
          { path: 'customers/:customerId', ...page(() => import('./routes/customers/detail'), 'customers:read') },
          { path: 'customers/:customerId/edit', ...page(() => import('./routes/customers/edit'), 'customers:write') },
          { path: 'leads', ...page(() => import('./routes/leads/list'), 'leads:read') },
          { path: 'leads/new', ...page(() => import('./routes/leads/new'), 'leads:write') },
          { path: 'leads/:leadId', ...page(() => import('./routes/leads/detail'), 'leads:read') },
          { path: 'pipeline', ...page(() => import('./routes/pipeline'), 'opportunities:read') },
          { path: 'opportunities', ...page(() => import('./routes/opportunities/list'), 'opportunities:read') },
          { path: 'opportunities/:opportunityId', ...page(() => import('./routes/opportunities/detail'), 'opportunities:read') },
          { path: 'activities', ...page(() => import('./routes/activities'), 'activities:read') },
          { path: 'quotes', ...page(() => import('./routes/quotes/list'), 'quotes:read') },
          { path: 'quotes/new', ...page(() => import('./routes/quotes/new'), 'quotes:write') },
          { path: 'quotes/:quoteId', ...page(() => import('./routes/quotes/detail'), 'quotes:read') },
          { path: 'quotes/:quoteId/edit', ...page(() => import('./routes/quotes/edit'), 'quotes:write') },
          { path: 'sales-orders', ...page(() => import('./routes/sales-orders/list'), 'sales_orders:read') },
          { path: 'sales-orders/new', ...page(() => import('./routes/sales-orders/new'), 'sales_orders:write') },
          { path: 'sales-orders/:salesOrderId', ...page(() => import('./routes/sales-orders/detail'), 'sales_orders:read') },
          { path: 'sales-orders/:salesOrderId/edit', ...page(() => import('./routes/sales-orders/edit'), 'sales_orders:write') },
          { path: 'deliveries', ...page(() => import('./routes/deliveries/list'), 'deliveries:read') },
          { path: 'deliveries/:deliveryId', ...page(() => import('./routes/deliveries/detail'), 'deliveries:read') },
          { path: 'stock', ...page(() => import('./routes/stock/levels'), 'stock:read') },
          { path: 'stock/products/:productId', ...page(() => import('./routes/stock/moves'), 'stock:read') },
          { path: 'procurement', ...page(() => import('./routes/procurement'), 'procurement:read') },
          { path: 'approvals', ...page(() => import('./routes/approvals'), INBOX_PERMISSIONS) },
          { path: 'invoices', ...page(() => import('./routes/invoices/list'), 'invoices:read') },
          { path: 'invoices/new', ...page(() => import('./routes/invoices/new'), 'invoices:write') },
          { path: 'invoices/:invoiceId', ...page(() => import('./routes/invoices/detail'), 'invoices:read') },
          { path: 'payments', ...page(() => import('./routes/payments/list'), 'payments:read') },
          { path: 'payments/new', ...page(() => import('./routes/payments/new'), 'payments:write') },
          { path: 'payments/:paymentId', ...page(() => import('./routes/payments/detail'), 'payments:read') },
          { path: 'receivables', ...page(() => import('./routes/receivables'), 'invoices:read') },
          { path: 'targets', ...page(() => import('./routes/targets'), 'reports:read') },
          { path: 'reports', ...page(() => import('./routes/reports/index'), REPORTS_INDEX) },
          { path: 'reports/logins', ...page(() => import('./routes/reports/logins'), 'login_report:read') },
          { path: 'reports/:report', ...page(() => import('./routes/reports/report'), 'reports:read') },
          { path: 'field/map', ...page(() => import('./routes/field/team'), 'field:read') },
          { path: 'field/visits', ...page(() => import('./routes/field/visits'), 'field:read') },
          { path: 'field/attendance', ...page(() => import('./routes/field/attendance'), 'field:read') },
          { path: 'field/visits/:visitId', ...page(() => import('./routes/field/visit'), 'field:read') },
          { path: 'expenses', ...page(() => import('./routes/expenses/list'), 'field:read') },
          { path: 'expenses/:reportId', ...page(() => import('./routes/expenses/detail'), 'field:read') },
          { path: 'admin/users', ...page(() => import('./routes/admin/users'), 'users:manage') },
          { path: 'admin/teams', ...page(() => import('./routes/admin/teams'), 'teams:manage') },
          { path: 'admin/territories', ...page(() => import('./routes/admin/territories'), 'territories:manage') },
          { path: 'admin/pipelines', ...page(() => import('./routes/admin/pipelines'), 'pipelines:manage') },
          { path: 'admin/products', ...page(() => import('./routes/admin/products'), 'products:write') },
          { path: 'admin/product-groups', ...page(() => import('./routes/admin/product-groups'), 'products:write') },
          { path: 'admin/taxes', ...page(() => import('./routes/admin/taxes'), 'taxes:write') },
          { path: 'admin/price-lists', ...page(() => import('./routes/admin/price-lists'), 'prices:write') },
          { path: 'admin/price-lists/:priceListId', ...page(() => import('./routes/admin/price-list'), 'prices:write') },
          { path: 'admin/discount-limits', ...page(() => import('./routes/admin/discount-limits'), 'discounts:manage') },
          { path: 'admin/warehouses', ...page(() => import('./routes/admin/warehouses'), 'warehouses:manage') },
          { path: 'admin/audit', ...page(() => import('./routes/admin/audit'), 'audit:read') },
          { path: 'admin/logins', ...page(() => import('./routes/admin/logins'), 'login_report:read') },
          { path: 'admin/api-keys', ...page(() => import('./routes/admin/api-keys'), 'api_keys:manage') },
          { path: 'admin/webhooks', ...page(() => import('./routes/admin/webhooks'), 'webhooks:manage') },
          { path: 'admin/webhooks/:webhookId', ...page(() => import('./routes/admin/webhook'), 'webhooks:manage') },
          { path: 'admin/imports', ...page(() => import('./routes/admin/imports'), IMPORT_PERMISSIONS) },
          { path: 'admin/imports/:resourceName/:importId', ...page(() => import('./routes/admin/import'), IMPORT_PERMISSIONS) },
          { path: 'admin/exports', ...page(() => import('./routes/admin/exports'), EXPORT_PERMISSIONS) },
          { path: 'admin/privacy', ...page(() => import('./routes/admin/privacy'), 'privacy:manage') },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes))
  return <RouterProvider router={router} />
}
