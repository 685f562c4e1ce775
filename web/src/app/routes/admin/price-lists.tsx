import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { usePriceLists } from '@/features/price-lists/api/price-lists'
import { PriceListModal } from '@/features/price-lists/components/price-list-modal'
import { PriceListTable } from '@/features/price-lists/components/price-list-table'
import { flattenPages } from '@/lib/api/pagination'

export function Component() {
  const query = usePriceLists()
  const [creating, setCreating] = useState(false)
  const lists = flattenPages(query.data)
  return (
    <>
      <PageHeader
        title="Price lists"
        description="A customer's own list wins over its segment's, which wins over the default; then the product's list price."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New price list
          </Button>
        }
      />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : lists.length === 0 ? (
          <EmptyState title="No price lists yet" />
        ) : (
          <>
            <PriceListTable priceLists={lists} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={lists.length} noun="price lists" />
          </>
        )}
      </Card>
      {creating ? <PriceListModal onClose={() => setCreating(false)} /> : null}
    </>
  )
}
