import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { ListEndpoints } from '@/lib/list-tools/endpoints'
import { leadQuery, type LeadFilters } from './get-leads'

/** Count, export and bulk of the lead list (0012), with the list's own filters. */
export const leadListEndpoints: ListEndpoints<LeadFilters> = {
  listKey: 'leads',
  count: (filters) => unwrap(api.GET('/api/v1/leads/count', { params: { query: leadQuery(filters) } })),
  exportFile: (filters, format) =>
    unwrapFile(api.GET('/api/v1/leads/export', { params: { query: { ...leadQuery(filters), format } }, parseAs: 'blob' }), `leads.${format}`),
  bulk: (body, key) => unwrap(api.POST('/api/v1/leads/bulk', { body: body as Schema<'LeadBulk'>, headers: { 'Idempotency-Key': key } })),
}
