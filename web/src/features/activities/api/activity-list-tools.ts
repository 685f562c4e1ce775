import { api, unwrap, unwrapFile } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'
import type { ListEndpoints } from '@/lib/list-tools/endpoints'
import { activityQuery, type ActivityListFilters } from './get-activity-list'

/** Count, export and bulk of the activity list (0012), with the list's own filters. */
export const activityListEndpoints: ListEndpoints<ActivityListFilters> = {
  listKey: 'activities',
  count: (filters) => {
    const { sort: _sort, ...query } = activityQuery(filters)
    return unwrap(api.GET('/api/v1/activities/count', { params: { query } }))
  },
  exportFile: (filters, format) =>
    unwrapFile(api.GET('/api/v1/activities/export', { params: { query: { ...activityQuery(filters), format } }, parseAs: 'blob' }), `activities.${format}`),
  bulk: (body, key) =>
    unwrap(api.POST('/api/v1/activities/bulk', { body: body as Schema<'ActivityBulk'>, headers: { 'Idempotency-Key': key } })),
}
