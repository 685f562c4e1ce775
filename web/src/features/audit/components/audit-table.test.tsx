import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithApp } from '@/test/render'
import type { AuditEntry } from '../api/get-audit'
import { AuditTable } from './audit-table'

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 'e1',
  occurred_at: '2026-11-29T08:35:00Z',
  actor_id: 'u1',
  actor_kind: 'user',
  actor_label: 'Asha Admin',
  action: 'customer.updated',
  operation: 'updated',
  entity_type: 'customers',
  entity_id: '0193a1b2-0000-7000-8000-000000000001',
  entity_label: 'Acme Pumps',
  version: 3,
  before: { phone: null },
  after: { phone: '+91 22 4000 1234' },
  request_id: 'req-1',
  ...over,
}) as AuditEntry

describe('AuditTable', () => {
  it('names the record and what happened, coloured by the operation', () => {
    renderWithApp(
      <AuditTable
        entries={[
          entry({}),
          entry({ id: 'e2', action: 'opportunity.stage_changed', entity_type: 'opportunities', entity_label: 'Boiler retrofit' }),
          entry({ id: 'e4', actor_id: 'u2', actor_label: 'head1@example.com', action: 'lead.converted', entity_type: 'leads', entity_label: 'Kavita Rao' }),
          entry({ id: 'e3', action: 'contact.archived', operation: 'deleted', entity_type: 'contacts', entity_label: 'Kavita Rao', actor_kind: 'api_key', actor_label: 'ERP sync' }),
        ]}
        people={[{ id: 'u2', full_name: 'Harish Head' }]}
      />,
    )
    const rows = screen.getAllByRole('row').slice(1)
    expect(within(rows[0]!).getByRole('link', { name: 'Acme Pumps' })).toHaveAttribute('href', '/customers/0193a1b2-0000-7000-8000-000000000001')
    expect(rows[0]).toHaveTextContent('Customer updated')
    expect(rows[0]).toHaveTextContent('Customer · version 3')
    expect(rows[0]).not.toHaveTextContent('0193a1b2')
    expect(rows[1]).toHaveTextContent('Opportunity stage changed')
    expect(within(rows[1]!).getByRole('link', { name: 'Boiler retrofit' })).toBeInTheDocument()
    expect(rows[2]).toHaveTextContent('Harish Head')
    expect(rows[2]).not.toHaveTextContent('head1@example.com')
    expect(rows[3]).toHaveTextContent('API key “ERP sync”')
    expect(within(rows[3]!).queryByRole('link')).toBeNull()
    expect(within(rows[3]!).getByText('Contact archived').closest('.mantine-Badge-root')).toHaveAttribute(
      'style',
      expect.stringContaining('--badge-color: var(--mantine-color-red'),
    )
  })
})
