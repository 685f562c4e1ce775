import { Button, Card } from '@mantine/core'
import { IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { InterchangeResourceBody, useInterchangeResources } from '@/components/interchange/resource-switch'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useImports } from '@/features/imports/api/imports'
import { importPath, ImportTable } from '@/features/imports/components/import-table'
import { ImportUploadModal } from '@/features/imports/components/import-upload-modal'
import { flattenPages } from '@/lib/api/pagination'
import type { InterchangeResource } from '@/lib/interchange'

export function Component() {
  const state = useInterchangeResources('write')
  const { resources, resource } = state
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
      <InterchangeResourceBody state={state} nothing="Nothing you may import">
        {(chosen) => <ImportList resource={chosen} />}
      </InterchangeResourceBody>
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
