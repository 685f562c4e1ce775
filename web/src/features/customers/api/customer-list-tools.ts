import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { ListEndpoints } from '@/lib/list-tools/endpoints'
import { customerQuery, type CustomerFilters } from './get-customers'

/** Count, export and bulk of the customer list (0012), with the list's own filters. */
export const customerListEndpoints: ListEndpoints<CustomerFilters> = {
  listKey: 'customers',
  count: (filters) => unwrap(api.GET('/api/v1/customers/count', { params: { query: customerQuery(filters) } })),
  exportFile: (filters, format) =>
    unwrapFile(api.GET('/api/v1/customers/export', { params: { query: { ...customerQuery(filters), format } }, parseAs: 'blob' }), `customers.${format}`),
  bulk: (body, key) =>
    unwrap(api.POST('/api/v1/customers/bulk', { body: body as Schema<'CustomerBulk'>, headers: { 'Idempotency-Key': key } })),
}
