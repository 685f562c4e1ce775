import { useState } from 'react'
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router'
import { NotFoundRoute } from './routes/not-found'
import { RouteErrorBoundary } from './routes/route-error'
import type { RouteHandle } from './routes/route-permission'
import type { Permission } from '@/lib/auth/permissions'

// Each page is its own chunk; a route module exports `Component`. A page that
// needs a permission names it: AppLayout shows a refusal instead of the page to
// a user without it (the API refuses the data anyway).
type PageModule = { Component: React.ComponentType }
const page = (load: () => Promise<PageModule>, permission?: Permission): Pick<RouteObject, 'lazy' | 'handle'> => ({
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
          { path: 'admin/users', ...page(() => import('./routes/admin/users'), 'users:manage') },
          { path: 'admin/teams', ...page(() => import('./routes/admin/teams'), 'teams:manage') },
          { path: 'admin/territories', ...page(() => import('./routes/admin/territories'), 'territories:manage') },
          { path: 'admin/pipelines', ...page(() => import('./routes/admin/pipelines'), 'pipelines:manage') },
          { path: 'admin/audit', ...page(() => import('./routes/admin/audit'), 'audit:read') },
          { path: 'admin/logins', ...page(() => import('./routes/admin/logins'), 'login_report:read') },
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
