import { Badge, Button, Stack } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { usePriceList } from '@/features/price-lists/api/price-lists'
import { PriceListLines } from '@/features/price-lists/components/price-list-lines'
import { PriceListModal } from '@/features/price-lists/components/price-list-modal'
import { PriceListScope } from '@/features/price-lists/components/price-list-table'
import { formatDate } from '@/lib/format'

export function Component() {
  const { priceListId = '' } = useParams()
  const query = usePriceList(priceListId)
  const [editing, setEditing] = useState(false)
  if (query.isPending) return <LoadingState />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const list = query.data.data
  return (
    <>
      <PageHeader
        title={list.name}
        badge={list.is_active ? <Badge variant="light">{list.currency}</Badge> : <Badge color="gray">Inactive</Badge>}
        description={
          <>
            <PriceListScope priceList={list} /> · {formatDate(list.valid_from)} – {list.valid_to ? formatDate(list.valid_to) : 'open-ended'}
          </>
        }
        actions={
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Edit
          </Button>
        }
      />
      <Stack gap="lg">
        <PriceListLines priceList={list} />
      </Stack>
      {editing ? <PriceListModal key={query.data.etag} priceList={list} onClose={() => setEditing(false)} /> : null}
    </>
  )
}
