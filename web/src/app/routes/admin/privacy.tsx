import { Card, Stack, Text, Title } from '@mantine/core'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useErasures } from '@/features/privacy/api/privacy'
import { ErasureTable } from '@/features/privacy/components/erasure-table'
import { SubjectCard } from '@/features/privacy/components/subject-card'
import { flattenPages } from '@/lib/api/pagination'

export function Component() {
  const query = useErasures()
  const erasures = flattenPages(query.data)
  return (
    <>
      <PageHeader title="Personal data" description="GDPR requests: hand a person everything held about them, or erase it everywhere, with a record that it happened." />
      <Stack gap="lg">
        <SubjectCard />
        <Card component="section" aria-labelledby="privacy-erasures" p={0}>
          <Stack gap={2} p="md">
            <Title order={4} id="privacy-erasures">
              Erasures
            </Title>
            <Text size="sm" c="dimmed">
              Who erased which record, when and why, newest first. The record keeps no personal data of the person.
            </Text>
          </Stack>
          {query.isPending ? (
            <LoadingState label="Loading erasures…" />
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : erasures.length === 0 ? (
            <EmptyState title="No one erased yet" />
          ) : (
            <>
              <ErasureTable erasures={erasures} />
              <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={erasures.length} noun="erasures" />
            </>
          )}
        </Card>
      </Stack>
    </>
  )
}
