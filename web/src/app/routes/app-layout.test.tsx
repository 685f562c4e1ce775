import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Route, Routes, useLocation } from 'react-router'
import { tokenStore } from '@/lib/auth/token-store'
import { json, renderWithApp } from '@/test/render'
import { AppLayout } from './app-layout'

afterEach(() => vi.restoreAllMocks())

function LoginProbe() {
  const location = useLocation()
  return <p>login page {location.search}</p>
}

const routes = (
  <Routes>
    <Route path="/login" element={<LoginProbe />} />
    <Route path="/" element={<AppLayout />}>
      <Route path="customers" element={<p>customers page</p>} />
    </Route>
  </Routes>
)

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
    renderWithApp(routes, { route: '/customers?q=acme' })
    expect(await screen.findByText(/login page/)).toHaveTextContent('?next=%2Fcustomers%3Fq%3Dacme')
  })

  it('shows the page and only the navigation the role allows', async () => {
    tokenStore.set({ accessToken: 'a', refreshToken: 'r' })
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(me))
    renderWithApp(routes, { route: '/customers' })
    expect(await screen.findByText('customers page')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main navigation' })
    expect(nav).toHaveTextContent('Customers')
    expect(nav).toHaveTextContent('Leads')
    expect(nav).not.toHaveTextContent('Pipeline')
    expect(nav).not.toHaveTextContent('Users')
  })
})
