import { Button, Card, Group, SegmentedControl } from '@mantine/core'
import { IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useImports } from '@/features/imports/api/imports'
import { importPath, ImportTable } from '@/features/imports/components/import-table'
import { ImportUploadModal } from '@/features/imports/components/import-upload-modal'
import { flattenPages } from '@/lib/api/pagination'
import { useMe } from '@/lib/auth/session'
import { resourcesFor, type InterchangeResource } from '@/lib/interchange'
import { useUrlFilters } from '@/lib/url-state'

export function Component() {
  const me = useMe()
  const [filters, setFilters] = useUrlFilters(['resource'] as const)
  const resources = resourcesFor(me.data?.permissions ?? [], 'write')
  const resource = resources.find((r) => r.name === filters.resource) ?? resources[0]
  const navigate = useNavigate()
  const [uploading, setUploading] = useState(false)
  return (
    <>
      <PageHeader
        title="Imports"
        description="Files of records created or updated by their external id: dry-run one to see what each record would do, then run it."
        actions={
          resources.length ? (
            <Button leftSection={<IconUpload size={16} />} onClick={() => setUploading(true)}>
              New import
            </Button>
          ) : null
        }
      />
      {me.isPending ? (
        <LoadingState />
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      ) : resource ? (
        <>
          {resources.length > 1 ? (
            <Group mb="md">
              <SegmentedControl
                aria-label="Records"
                data={resources.map((r) => ({ value: r.name, label: r.label }))}
                value={resource.name}
                onChange={(v) => setFilters({ resource: v })}
              />
            </Group>
          ) : null}
          <ImportList resource={resource} />
        </>
      ) : (
        <EmptyState title="Nothing you may import" />
      )}
      {uploading && resources.length ? (
        <ImportUploadModal
          resources={resources}
          initial={resource}
          onClose={() => setUploading(false)}
          onUploaded={(r, made) => navigate(importPath(r, made.id))}
        />
      ) : null}
    </>
  )
}

function ImportList({ resource }: { resource: InterchangeResource }) {
  const query = useImports(resource)
  const imports = flattenPages(query.data)
  return (
    <Card p={0}>
      {query.isPending ? (
        <LoadingState label="Loading imports…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : imports.length === 0 ? (
        <EmptyState
          title={`No ${resource.label.toLowerCase()} imports yet`}
          description={`Export ${resource.label.toLowerCase()} to get a file in the layout an import takes, edit it, and upload it here.`}
        />
      ) : (
        <>
          <ImportTable resource={resource} imports={imports} />
          <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={imports.length} noun="imports" />
        </>
      )}
    </Card>
  )
}
