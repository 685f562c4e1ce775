import { Table } from '@mantine/core'
import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { ListEndpoints, ListFilters } from '@/lib/list-tools/endpoints'
import { json } from '@/test/render'
import { ListToolbar } from '@/components/lists/list-toolbar'
import { reassignAction } from '@/components/lists/reassign-action'
import { SelectAllHeader, SelectCell } from '@/components/lists/select-cells'
import type { ListSpec } from '@/components/lists/types'
import { useListSelection } from '@/components/lists/use-list-selection'

/** A list's tools wired to the customers endpoints, as a feature would declare them. */
const endpoints: ListEndpoints = {
  listKey: 'customers',
  count: (filters) => unwrap(api.GET('/api/v1/customers/count', { params: { query: filters } })),
  exportFile: (filters, format) =>
    unwrapFile(api.GET('/api/v1/customers/export', { params: { query: { ...filters, format } as never }, parseAs: 'blob' }), 'x'),
  bulk: (body, key) => unwrap(api.POST('/api/v1/customers/bulk', { body: body as Schema<'CustomerBulk'>, headers: { 'Idempotency-Key': key } })),
}

export const testSpec: ListSpec = {
  endpoints,
  noun: { one: 'customer', many: 'customers' },
  filterKeys: ['q', 'owner_id', 'sort'],
  bulkActions: [
    reassignAction('customers:reassign'),
    {
      action: 'archive',
      label: 'Archive',
      permission: 'customers:write',
      destructive: true,
      question: (many) => `Archive ${many}?`,
      confirmLabel: 'Archive them',
    },
  ],
}

export const ROWS = [
  { id: '00000000-0000-7000-8000-000000000001', name: 'Acme Pumps' },
  { id: '00000000-0000-7000-8000-000000000002', name: 'Bharat Valves' },
  { id: '00000000-0000-7000-8000-000000000003', name: 'Chennai Steel' },
]

const nameOf = (r: { name: string }) => r.name

/** A list page in miniature: the toolbar and a selectable table of ROWS. */
export function Harness({ filters = {}, onApply = () => undefined }: { filters?: ListFilters; onApply?: (p: Record<string, string | null>) => void }) {
  const { actions, selection } = useListSelection(testSpec, filters, ROWS, nameOf)
  return (
    <>
      <ListToolbar spec={testSpec} filters={filters} onApplyView={onApply} actions={actions} selection={selection} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <SelectAllHeader selection={selection} noun="customers" />
            <Table.Th>Name</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map((r) => (
            <Table.Tr key={r.id}>
              <SelectCell selection={selection} id={r.id} name={r.name} />
              <Table.Td>{r.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}

export type Route = (request: Request) => Response | Promise<Response> | undefined

/** Answers the toolbar's background requests (me, count, views, people) unless a route takes the request. */
export function answer(request: Request, me: Partial<Schema<'Me'>>, routes: Route[]): Promise<Response> | Response {
  for (const route of routes) {
    const response = route(request)
    if (response) return response
  }
  const path = new URL(request.url).pathname
  if (path === '/api/v1/users/me') return json({ id: 'me-1', role: 'sales_head', permissions: [], ...me })
  if (path.endsWith('/count')) return json({ count: ROWS.length })
  if (path === '/api/v1/saved-views') return json([])
  if (path === '/api/v1/users') return json({ items: [{ id: 'u-9', full_name: 'Priya Nair', role: 'sales_engineer' }], next_cursor: null })
  return json({ items: [], next_cursor: null })
}
