import { Group, SegmentedControl } from '@mantine/core'
import type { ReactNode } from 'react'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useMe } from '@/lib/auth/session'
import { resourcesFor, type InterchangeResource } from '@/lib/interchange'
import { useUrlFilters } from '@/lib/url-state'

/**
 * The resources the caller may import (`write`) or export (`read`), and the one the page
 * shows: the URL's `resource`, else the first.
 */
export function useInterchangeResources(direction: 'read' | 'write') {
  const me = useMe()
  const [filters, setFilters] = useUrlFilters(['resource'] as const)
  const resources = resourcesFor(me.data?.permissions ?? [], direction)
  const resource = resources.find((r) => r.name === filters.resource) ?? resources[0]
  const choose = (name: string) => setFilters({ resource: name })
  return { me, resources, resource, choose }
}

/** The body of an imports or exports page: who the caller is loading, the switch between the resources, then the chosen one's list (or `nothing` when none may be used). */
export function InterchangeResourceBody({
  state,
  nothing,
  children,
}: {
  state: ReturnType<typeof useInterchangeResources>
  nothing: string
  children: (resource: InterchangeResource) => ReactNode
}) {
  const { me, resources, resource, choose } = state
  if (me.isPending) return <LoadingState />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />
  if (!resource) return <EmptyState title={nothing} />
  return (
    <>
      {resources.length > 1 ? (
        <Group mb="md">
          <SegmentedControl aria-label="Records" data={resources.map((r) => ({ value: r.name, label: r.label }))} value={resource.name} onChange={choose} />
        </Group>
      ) : null}
      {children(resource)}
    </>
  )
}
