import { Button, Card } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileExport } from '@tabler/icons-react'
import { useState } from 'react'
import { InterchangeResourceBody, useInterchangeResources } from '@/components/interchange/resource-switch'
import { LoadMore } from '@/components/ui/load-more'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useExports } from '@/features/exports/api/exports'
import { ExportModal } from '@/features/exports/components/export-modal'
import { ExportTable } from '@/features/exports/components/export-table'
import { flattenPages } from '@/lib/api/pagination'
import type { InterchangeResource } from '@/lib/interchange'

export function Component() {
  const state = useInterchangeResources('read')
  const { resources, resource, choose } = state
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title="Exports"
        description="Every record you may see, written in the background as CSV, Excel or JSON lines, in the layout imports take."
        actions={
          resources.length ? (
            <Button leftSection={<IconFileExport size={16} />} onClick={() => setCreating(true)}>
              New export
            </Button>
          ) : null
        }
      />
      <InterchangeResourceBody state={state} nothing="Nothing you may export">
        {(chosen) => <ExportList resource={chosen} />}
      </InterchangeResourceBody>
      {creating && resources.length ? (
        <ExportModal
          resources={resources}
          initial={resource}
          onClose={() => setCreating(false)}
          onCreated={(r) => {
            setCreating(false)
            choose(r.name)
            notifications.show({ color: 'green', message: `${r.label} export started: download it when it is ready` })
          }}
        />
      ) : null}
    </>
  )
}

function ExportList({ resource }: { resource: InterchangeResource }) {
  const query = useExports(resource)
  const exports = flattenPages(query.data)
  return (
    <Card p={0}>
      {query.isPending ? (
        <LoadingState label="Loading exports…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : exports.length === 0 ? (
        <EmptyState title={`No ${resource.label.toLowerCase()} exports yet`} description="Start one: its file is kept here for download." />
      ) : (
        <>
          <ExportTable resource={resource} exports={exports} />
          <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={exports.length} noun="exports" />
        </>
      )}
    </Card>
  )
}
