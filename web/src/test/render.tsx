import { render, type RenderOptions } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { createMemoryRouter, MemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { AppProvider } from '@/app/provider'
import { ShellProvider } from '@/app/shell-provider'

export function renderWithApp(ui: ReactElement, { route = '/', ...options }: RenderOptions & { route?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <ShellProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ShellProvider>
    </AppProvider>,
    options,
  )
  return { ...result, queryClient }
}

/** Renders a route table in a data router (pages that read route handles, lazy routes). */
export function renderRoutes(routes: RouteObject[], { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const router = createMemoryRouter(routes, { initialEntries: [route] })
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { ...result, queryClient, router }
}

/** A problem+json answer like the API's. */
export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, title: 'Error', code: 'error', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}
