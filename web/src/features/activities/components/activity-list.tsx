import { Card } from '@mantine/core'
import { ListToolbar } from '@/components/lists/list-toolbar'
import { useListSelection } from '@/components/lists/use-list-selection'
import { LoadMore } from '@/components/ui/load-more'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { usePeople } from '@/lib/lookups/users'
import { useActivityList, type ActivityListFilters as Filters } from '../api/get-activity-list'
import { ActivityListFilters } from './activity-list-filters'
import { activityListSpec, activitySubject } from './activity-list-spec'
import { ActivityTable } from './activity-table'

interface ActivityListProps {
  filters: Filters
  onChange: (patch: Record<string, string | null>) => void
}

/** Every activity the user may see, as a filterable list with the list tools. */
export function ActivityList({ filters, onChange }: ActivityListProps) {
  const query = useActivityList(filters)
  const people = usePeople()
  const activities = flattenPages(query.data)
  const { actions, selection } = useListSelection(activityListSpec, filters, activities, activitySubject)
  return (
    <>
      <ActivityListFilters filters={filters} onChange={onChange} />
      <ListToolbar spec={activityListSpec} filters={filters} onApplyView={onChange} actions={actions} selection={selection} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading activities…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : activities.length === 0 ? (
          <EmptyState title="No activities match these filters" />
        ) : (
          <>
            <ActivityTable activities={activities} people={people.data} selection={selection} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={activities.length} noun="activities" />
          </>
        )}
      </Card>
    </>
  )
}
