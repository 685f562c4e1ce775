import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { ListEndpoints } from '@/lib/list-tools/endpoints'
import { opportunityQuery, type OpportunityFilters } from './get-opportunities'

/** Count, export and bulk of the deal list (0012), with the list's own filters. */
export const opportunityListEndpoints: ListEndpoints<OpportunityFilters> = {
  listKey: 'opportunities',
  count: (filters) => unwrap(api.GET('/api/v1/opportunities/count', { params: { query: opportunityQuery(filters) } })),
  exportFile: (filters, format) =>
    unwrapFile(
      api.GET('/api/v1/opportunities/export', { params: { query: { ...opportunityQuery(filters), format } }, parseAs: 'blob' }),
      `opportunities.${format}`,
    ),
  bulk: (body, key) =>
    unwrap(api.POST('/api/v1/opportunities/bulk', { body: body as Schema<'OpportunityBulk'>, headers: { 'Idempotency-Key': key } })),
}
