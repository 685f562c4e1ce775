import { describe, expect, it } from 'vitest'
import { visibleSections } from './nav-items'

const labels = (permissions: Parameters<typeof visibleSections>[0]) =>
  visibleSections(permissions).flatMap((s) => s.items.map((i) => i.label))

describe('role-aware navigation', () => {
  it('shows an engineer the field pages and no administration (exports of what they may read, as the API allows)', () => {
    const engineer = labels(['customers:read', 'leads:read', 'opportunities:read', 'activities:read', 'users:read', 'products:read', 'quotes:read', 'quotes:write'])
    expect(engineer).toEqual(['Home', 'Customers', 'Leads', 'Pipeline', 'Opportunities', 'Activities', 'Quotes', 'Exports'])
  })

  it('shows a head the approvals inbox and no catalogue administration', () => {
    const head = labels(['quotes:read', 'quotes:write', 'quotes:approve', 'products:read'])
    expect(head).toEqual(['Home', 'Quotes', 'Approvals', 'Exports'])
  })

  it('shows an admin the catalogue pages', () => {
    expect(labels(['products:write', 'taxes:write', 'prices:write', 'discounts:manage'])).toEqual([
      'Home',
      'Products',
      'Product groups',
      'Taxes',
      'Price lists',
      'Discount limits',
      'Imports',
    ])
  })

  it('shows a head the login report as well, and the reports index (its employee logins report)', () => {
    expect(labels(['customers:read', 'login_report:read'])).toEqual(['Home', 'Customers', 'Reports', 'Login report', 'Exports'])
  })

  it('shows orders and stock to everyone who sells, procurement to heads, warehouses to admins', () => {
    const engineer = labels(['quotes:read', 'sales_orders:read', 'sales_orders:write', 'stock:read'])
    // Orders travel in files too: whoever writes them may import them, whoever reads them export.
    expect(engineer).toEqual(['Home', 'Quotes', 'Sales orders', 'Stock', 'Imports', 'Exports'])
    const head = labels(['sales_orders:read', 'stock:read', 'stock:write', 'procurement:read', 'procurement:write'])
    expect(head).toEqual(['Home', 'Sales orders', 'Stock', 'Procurement', 'Exports'])
    expect(labels(['warehouses:manage'])).toEqual(['Home', 'Warehouses'])
  })

  it('shows deliveries to everyone who may see them (every role: engineers dispatch their own orders)', () => {
    const engineer = labels(['sales_orders:read', 'deliveries:read', 'deliveries:write', 'stock:read'])
    expect(engineer).toEqual(['Home', 'Sales orders', 'Deliveries', 'Stock', 'Exports'])
    expect(labels(['deliveries:read'])).toEqual(['Home', 'Deliveries'])
    expect(labels(['sales_orders:read'])).not.toContain('Deliveries')
  })

  it('shows the approvals inbox to whoever may decide anything in it, and expense reports to the field team', () => {
    expect(labels(['expenses:approve'])).toEqual(['Home', 'Approvals'])
    expect(labels(['field:read'])).toEqual(['Home', 'Team map', 'Visits', 'Attendance', 'Expenses'])
    expect(labels(['field:read', 'quotes:read'])).not.toContain('Approvals')
  })

  it('shows the integrations pages only to whoever manages keys or webhooks (admins)', () => {
    expect(labels(['api_keys:manage', 'webhooks:manage'])).toEqual(['Home', 'API keys', 'Webhooks'])
    expect(visibleSections(['api_keys:manage', 'webhooks:manage']).map((s) => s.label)).toEqual([undefined, 'Integrations'])
    expect(labels(['customers:read', 'login_report:read', 'quotes:approve'])).not.toContain('Webhooks')
  })

  it('shows imports and exports to whoever may write or read one of their resources, personal data only with privacy:manage', () => {
    expect(labels(['customers:write'])).toEqual(['Home', 'Imports'])
    expect(labels(['prices:write', 'products:read'])).toEqual(['Home', 'Price lists', 'Imports', 'Exports'])
    expect(labels(['invoices:write'])).toEqual(['Home', 'Imports'])
    expect(labels(['invoices:read'])).toEqual(['Home', 'Invoices', 'Receivables', 'Exports'])
    expect(labels(['privacy:manage'])).toEqual(['Home', 'Personal data'])
    expect(labels(['customers:read', 'customers:write', 'leads:read', 'leads:write'])).not.toContain('Personal data')
  })

  it('drops a section whose pages are all hidden', () => {
    expect(visibleSections([]).map((s) => s.label)).toEqual([undefined])
  })
})
