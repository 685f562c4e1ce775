import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useWebhooks } from '@/features/webhooks/api/webhooks'
import { WebhookModal } from '@/features/webhooks/components/webhook-modal'
import { WEBHOOK_FILTER_KEYS, WebhookFiltersBar, WebhookTable } from '@/features/webhooks/components/webhook-table'
import { flattenPages } from '@/lib/api/pagination'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(WEBHOOK_FILTER_KEYS)
  const query = useWebhooks(filters)
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const webhooks = flattenPages(query.data)
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Integrations told of each event as a signed POST, retried until they answer; open one for its delivery log."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New webhook
          </Button>
        }
      />
      <WebhookFiltersBar filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading webhooks…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : webhooks.length === 0 ? (
          <EmptyState
            title={filters.is_enabled ? 'No webhooks match this filter' : 'No webhooks yet'}
            description={filters.is_enabled ? undefined : 'Subscribe an integration’s URL to the events it needs: an order confirmed, an invoice issued, …'}
          />
        ) : (
          <>
            <WebhookTable webhooks={webhooks} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={webhooks.length} noun="webhooks" />
          </>
        )}
      </Card>
      {creating ? <WebhookModal onClose={() => setCreating(false)} onCreated={(w) => navigate(`/admin/webhooks/${w.id}`)} /> : null}
    </>
  )
}
