import type { InfiniteData } from '@tanstack/react-query'

export interface PageOf<T> {
  items: T[]
  next_cursor?: string | null
}

export const PAGE_SIZE = 50

/** The cursor of the next page, in the shape useInfiniteQuery wants. */
export function nextCursor<T>(page: PageOf<T>): string | undefined {
  return page.next_cursor ?? undefined
}

export function flattenPages<T>(data: InfiniteData<PageOf<T>> | undefined): T[] {
  return data?.pages.flatMap((p) => p.items) ?? []
}
