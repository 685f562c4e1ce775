import { describe, expect, it } from 'vitest'
import { visibleSections } from './nav-items'

const labels = (permissions: Parameters<typeof visibleSections>[0]) =>
  visibleSections(permissions).flatMap((s) => s.items.map((i) => i.label))

describe('role-aware navigation', () => {
  it('shows an engineer the field pages and no administration', () => {
    const engineer = labels(['customers:read', 'leads:read', 'opportunities:read', 'activities:read', 'users:read'])
    expect(engineer).toEqual(['Home', 'Customers', 'Leads', 'Pipeline', 'Opportunities', 'Activities'])
  })

  it('shows a head the login report as well', () => {
    expect(labels(['customers:read', 'login_report:read'])).toEqual(['Home', 'Customers', 'Login report'])
  })

  it('drops a section whose pages are all hidden', () => {
    expect(visibleSections([]).map((s) => s.label)).toEqual([undefined])
  })
})
