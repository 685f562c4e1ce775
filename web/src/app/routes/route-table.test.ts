import { describe, expect, it } from 'vitest'
import type { RouteObject } from 'react-router'
import { routes } from '../router'
import { NAV_SECTIONS } from './nav-items'
import type { RouteHandle } from './route-permission'

function flatten(list: RouteObject[], parent = ''): { path: string; handle?: RouteHandle }[] {
  return list.flatMap((r) => {
    const path = r.index ? parent || '/' : r.path ? `${parent.replace(/\/$/, '')}/${r.path.replace(/^\//, '')}` : parent
    return [{ path, handle: r.handle as RouteHandle | undefined }, ...flatten(r.children ?? [], path)]
  })
}

describe('the route table', () => {
  const table = flatten(routes)

  it('guards every page the menu hides with the same permission', () => {
    for (const item of NAV_SECTIONS.flatMap((s) => s.items)) {
      const route = table.find((r) => r.path === item.to && (r.handle || !item.permission))
      expect(route, item.to).toBeDefined()
      expect(route?.handle?.permission, item.to).toEqual(item.permission)
    }
  })

  it('guards every administration page', () => {
    const admin = table.filter((r) => r.path.startsWith('/admin/'))
    expect(admin.length).toBeGreaterThan(5)
    for (const r of admin) expect(r.handle?.permission, r.path).toBeDefined()
  })
})
