import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router'
import { AppLayout } from './routes/app-layout'
import { LoginRoute } from './routes/login'
import { NotFoundRoute } from './routes/not-found'
import { RouteErrorBoundary } from './routes/route-error'

// Each page is its own chunk; a route module exports `Component`.
type PageModule = { Component: React.ComponentType }
const page = (load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).Component }),
})

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute />, errorElement: <RouteErrorBoundary /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, ...page(() => import('./routes/home')) },
          { path: 'customers', ...page(() => import('./routes/customers/list')) },
          { path: 'customers/new', ...page(() => import('./routes/customers/new')) },
          { path: 'customers/:customerId', ...page(() => import('./routes/customers/detail')) },
          { path: 'customers/:customerId/edit', ...page(() => import('./routes/customers/edit')) },
          { path: 'leads', ...page(() => import('./routes/leads/list')) },
          { path: 'leads/new', ...page(() => import('./routes/leads/new')) },
          { path: 'leads/:leadId', ...page(() => import('./routes/leads/detail')) },
          { path: 'pipeline', ...page(() => import('./routes/pipeline')) },
          { path: 'opportunities', ...page(() => import('./routes/opportunities/list')) },
          { path: 'opportunities/:opportunityId', ...page(() => import('./routes/opportunities/detail')) },
          { path: 'activities', ...page(() => import('./routes/activities')) },
          { path: 'admin/users', ...page(() => import('./routes/admin/users')) },
          { path: 'admin/teams', ...page(() => import('./routes/admin/teams')) },
          { path: 'admin/territories', ...page(() => import('./routes/admin/territories')) },
          { path: 'admin/pipelines', ...page(() => import('./routes/admin/pipelines')) },
          { path: 'admin/audit', ...page(() => import('./routes/admin/audit')) },
          { path: 'admin/logins', ...page(() => import('./routes/admin/logins')) },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]

const router = createBrowserRouter(routes)

export function AppRouter() {
  return <RouterProvider router={router} />
}
