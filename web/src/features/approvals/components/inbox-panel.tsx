import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages, type PageOf } from '@/lib/api/pagination'

interface InboxPanelProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<PageOf<T>>>
  noun: string
  empty: { title: string; description: string }
  children: (items: T[]) => ReactNode
}

/** One section of the inbox: its list loading, failing, empty, or drawn with its "load more". */
export function InboxPanel<T>({ query, noun, empty, children }: InboxPanelProps<T>) {
  if (query.isPending) return <LoadingState label={`Loading ${noun}…`} />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const items = flattenPages(query.data)
  if (items.length === 0) return <EmptyState title={empty.title} description={empty.description} />
  return (
    <>
      {children(items)}
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={items.length} noun={noun} />
    </>
  )
}

/** How many items a section's loaded pages hold, and whether more wait (null while loading). */
export function loadedCount<T>(query: UseInfiniteQueryResult<InfiniteData<PageOf<T>>>): { count: number | null; more: boolean } {
  if (!query.data) return { count: null, more: false }
  return { count: flattenPages(query.data).length, more: query.hasNextPage }
}
