import { Button, Center, Text } from '@mantine/core'

interface LoadMoreProps {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => unknown
  shown: number
  noun?: string
  /** The noun for one, where dropping the plural's `s` does not make it (`delivery`). */
  one?: string
}

/** The footer of a cursor-paginated list. */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, shown, noun = 'records', one = noun.replace(/s$/, '') }: LoadMoreProps) {
  return (
    <Center py="md">
      {hasNextPage ? (
        <Button variant="default" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          Load more {noun}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {shown === 1 ? `1 ${one}` : `${shown} ${noun}`} — end of list
        </Text>
      )}
    </Center>
  )
}
