import { Button, Card, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useApiKeys, useRevokeApiKey, type ApiKey } from '@/features/api-keys/api/api-keys'
import { ApiKeyModal } from '@/features/api-keys/components/api-key-modal'
import { API_KEY_FILTER_KEYS, ApiKeyFiltersBar, ApiKeyTable } from '@/features/api-keys/components/api-key-table'
import { ApiKeyUsage } from '@/features/api-keys/components/api-key-usage'
import { RotateApiKeyModal } from '@/features/api-keys/components/rotate-api-key-modal'
import { flattenPages } from '@/lib/api/pagination'
import { describeError } from '@/lib/api/problem'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const [filters, setFilters] = useUrlFilters(API_KEY_FILTER_KEYS)
  const query = useApiKeys(filters)
  const revoke = useRevokeApiKey()
  const [creating, setCreating] = useState(false)
  const [rotating, setRotating] = useState<ApiKey | null>(null)
  const keys = flattenPages(query.data)
  const confirmRevoke = (key: ApiKey) =>
    modals.openConfirmModal({
      title: `Revoke “${key.name}”?`,
      children: (
        <Text size="sm">
          The key, its old secret in any grace period and every access token made from it stop working at once. The integration using it gets 401
          until it has a new key. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Revoke the key', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        revoke.mutate(key.id, {
          onSuccess: () => notifications.show({ color: 'green', message: `${key.name} is revoked` }),
          onError: (e) => notifications.show({ color: 'red', title: 'Not revoked', message: describeError(e) }),
        }),
    })
  const copyClientId = (key: ApiKey) =>
    void navigator.clipboard
      ?.writeText(key.id)
      .then(() => notifications.show({ message: `Client id of ${key.name} copied` }))
      .catch(() => notifications.show({ color: 'red', message: `Could not copy; the client id is ${key.id}` }))
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for integrations calling the API: what each may do, which rows it reaches, when it was last used."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New API key
          </Button>
        }
      />
      <ApiKeyUsage />
      <ApiKeyFiltersBar filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading API keys…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : keys.length === 0 ? (
          <EmptyState
            title={filters.revoked ? 'No keys match this filter' : 'No API keys yet'}
            description={filters.revoked ? undefined : 'Make one for each integration, with only the scopes it needs.'}
          />
        ) : (
          <>
            <ApiKeyTable apiKeys={keys} onRotate={setRotating} onRevoke={confirmRevoke} onCopyClientId={copyClientId} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={keys.length} noun="keys" />
          </>
        )}
      </Card>
      {creating ? <ApiKeyModal onClose={() => setCreating(false)} /> : null}
      {rotating ? <RotateApiKeyModal apiKey={rotating} onClose={() => setRotating(null)} /> : null}
    </>
  )
}
