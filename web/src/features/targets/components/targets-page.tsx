import { Button, Card, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { describeError } from '@/lib/api/problem'
import { useCan } from '@/lib/auth/session'
import { periodLabel } from '@/lib/periods'
import { useUrlFilters } from '@/lib/url-state'
import { TARGET_FILTER_KEYS, useDeleteTarget, useTargets, type Target } from '../api/targets'
import { TargetFilters } from './target-filters'
import { TargetModal } from './target-modal'
import { TargetTable } from './target-table'

/** Targets and their attainment; with `targets:manage`, set, change and delete them. */
export function TargetsPage() {
  const [filters, setFilters] = useUrlFilters(TARGET_FILTER_KEYS)
  const query = useTargets(filters)
  const canManage = useCan('targets:manage')
  const remove = useDeleteTarget()
  const [editing, setEditing] = useState<Target | 'new' | null>(null)
  const targets = flattenPages(query.data)
  const filtered = Object.values(filters).some(Boolean)
  const confirmDelete = (t: Target) =>
    modals.openConfirmModal({
      title: `Delete the target of ${t.subject_name ?? 'this subject'}, ${periodLabel(t.period, t.period_start, t.period_end)}?`,
      children: <Text size="sm">The attainment is read from the orders and visits, which stay. The audit log keeps the target.</Text>,
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(t, {
          onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
          onSuccess: () => notifications.show({ message: 'Target deleted' }),
        }),
    })
  return (
    <>
      <PageHeader
        title="Targets"
        description="Booked order value, units and visits per engineer, team or territory, and how far each has come."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              New target
            </Button>
          ) : null
        }
      />
      <TargetFilters filters={filters} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState label="Loading targets…" />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : targets.length === 0 ? (
          <EmptyState
            title={filtered ? 'No targets match these filters' : 'No targets yet'}
            description={filtered ? 'Clear a filter to see more.' : canManage ? 'Set one with New target.' : 'Your head sets the targets.'}
          />
        ) : (
          <>
            <TargetTable targets={targets} onEdit={canManage ? setEditing : undefined} onDelete={canManage ? confirmDelete : undefined} />
            <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={targets.length} noun="targets" />
          </>
        )}
      </Card>
      {editing ? <TargetModal target={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
