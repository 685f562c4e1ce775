import { Button, Card } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useUsers, type User } from '@/features/users/api/get-users'
import { useTeams } from '@/features/users/api/teams'
import { UserModal } from '@/features/users/components/user-modal'
import { UserFiltersBar, UserTable } from '@/features/users/components/user-table'
import { flattenPages } from '@/lib/api/pagination'
import { useUrlFilters } from '@/lib/url-state'

const KEYS = ['q', 'role', 'team_id', 'is_active', 'sort'] as const

export function Component() {
  const [filters, setFilters] = useUrlFilters(KEYS)
  const query = useUsers(filters)
  const teams = useTeams()
  const [editing, setEditing] = useState<User | 'new' | null>(null)
  const users = flattenPages(query.data)
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, their role, team and territories."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New user
          </Button>
        }
      />
      <UserFiltersBar filters={filters} teams={teams.data ?? []} onChange={setFilters} />
      <Card p={0}>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : users.length === 0 ? (
          <EmptyState title="No users match these filters" />
        ) : (
          <>
            <UserTable users={users} teams={teams.data ?? []} onEdit={setEditing} />
            <LoadMore
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              fetchNextPage={query.fetchNextPage}
              shown={users.length}
              noun="users"
            />
          </>
        )}
      </Card>
      {editing ? (
        <UserModal user={editing === 'new' ? undefined : editing} teams={teams.data ?? []} onClose={() => setEditing(null)} />
      ) : null}
    </>
  )
}
