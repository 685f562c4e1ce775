import { describe, expect, it } from 'vitest'
import type { Permission } from '@/lib/auth/permissions'
import { countLabel, inboxSections } from './inbox-sections'

const HEAD: Permission[] = ['quotes:read', 'quotes:approve', 'sales_orders:read', 'sales_orders:write', 'field:read', 'expenses:approve']

describe('the inbox sections a person may act on', () => {
  it('gives a head all three: discounts, credit holds and expense reports', () => {
    expect(inboxSections({ role: 'sales_head', permissions: HEAD })).toEqual(['quotes', 'credit', 'expenses'])
  })

  it('gives an admin (every permission) all three as well', () => {
    expect(inboxSections({ role: 'admin', permissions: [...HEAD, 'users:manage'] })).toEqual(['quotes', 'credit', 'expenses'])
  })

  it('gives an engineer none: their approve_credit approves nothing and they hold no approval permission', () => {
    expect(inboxSections({ role: 'sales_engineer', permissions: ['quotes:read', 'quotes:write', 'sales_orders:read', 'sales_orders:write', 'field:read'] })).toEqual([])
  })

  it('leaves out credit holds for a head who may not confirm orders, and what a permission does not allow', () => {
    expect(inboxSections({ role: 'sales_head', permissions: ['quotes:approve', 'sales_orders:read'] })).toEqual(['quotes'])
    expect(inboxSections({ role: 'sales_head', permissions: ['expenses:approve'] })).toEqual(['expenses'])
  })
})

describe('countLabel', () => {
  it('counts what is loaded, marks more pages with a plus, and is empty while loading', () => {
    expect(countLabel(3, false)).toBe('3')
    expect(countLabel(50, true)).toBe('50+')
    expect(countLabel(0, false)).toBe('0')
    expect(countLabel(null, false)).toBeNull()
  })
})
