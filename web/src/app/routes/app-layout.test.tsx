import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useLocation, type RouteObject } from 'react-router'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderRoutes } from '@/test/render'
import { AppLayout } from './app-layout'
import type { RouteHandle } from './route-permission'

afterEach(() => vi.restoreAllMocks())

function LoginProbe() {
  const location = useLocation()
  return <p>login page {location.search}</p>
}

const guarded = (permission: RouteHandle['permission']): RouteHandle => ({ permission })

const routes: RouteObject[] = [
  { path: '/login', element: <LoginProbe /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { path: 'customers', element: <p>customers page</p>, handle: guarded('customers:read') },
      { path: 'admin/users', element: <p>every user of both teams</p>, handle: guarded('users:manage') },
    ],
  },
]

const me = {
  id: 'u1',
  email: 'eng1@example.com',
  full_name: 'Arun Kumar',
  phone: null,
  role: 'sales_engineer',
  team_id: 't1',
  is_active: true,
  territories: [],
  permissions: ['customers:read', 'leads:read'],
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  version: 1,
}

describe('AppLayout', () => {
  it('sends a signed-out visitor to the login page, remembering where they were going', async () => {
    renderRoutes(routes, { route: '/customers?q=acme' })
    expect(await screen.findByText(/login page/)).toHaveTextContent('?next=%2Fcustomers%3Fq%3Dacme')
  })

  it('shows the page and only the navigation the role allows', async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(me))
    renderRoutes(routes, { route: '/customers' })
    expect(await screen.findByText('customers page')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main navigation' })
    expect(nav).toHaveTextContent('Customers')
    expect(nav).toHaveTextContent('Leads')
    expect(nav).not.toHaveTextContent('Pipeline')
    expect(nav).not.toHaveTextContent('Users')
  })

  it('refuses a page the role may not open, in a sentence, instead of showing it', async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(me))
    renderRoutes(routes, { route: '/admin/users' })
    const refusal = await screen.findByRole('alert')
    expect(refusal).toHaveTextContent('This page is not open to you')
    expect(refusal).toHaveTextContent('As a sales engineer you cannot manage users.')
    expect(refusal).not.toHaveTextContent('users:manage')
    expect(screen.queryByText('every user of both teams')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
  })
})
