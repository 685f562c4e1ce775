import { Loader, Text } from '@mantine/core'
import { formatCount } from '@/lib/format'
import { useListCount, type ListFilters } from '@/lib/list-tools/endpoints'
import { countOf, type ListSpec } from './types'

/** "1,234 customers": how many rows the current filters select, not only the loaded ones. */
export function ListCount<F extends ListFilters>({ spec, filters }: { spec: ListSpec<F>; filters: F }) {
  const count = useListCount(spec.endpoints, filters)
  return (
    <Text size="sm" fw={600} aria-live="polite" data-testid="list-count">
      {count.isPending ? (
        <Loader size="xs" aria-label={`Counting ${spec.noun.many}`} />
      ) : count.isError ? (
        <Text span size="sm" c="dimmed">
          Count unavailable
        </Text>
      ) : (
        countOf(count.data.count, spec.noun, formatCount)
      )}
    </Text>
  )
}
