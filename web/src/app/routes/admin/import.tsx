import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react'
import { Link, useParams } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { useImport, type ImportPhase, type RowOutcome } from '@/features/imports/api/imports'
import { ImportActions } from '@/features/imports/components/import-actions'
import { IMPORT_ROW_FILTER_KEYS, ImportRows, shownPhase } from '@/features/imports/components/import-rows'
import { ImportCountsLine, ImportProgress, ImportStatusBadge } from '@/features/imports/components/import-status'
import { formatDateTime } from '@/lib/format'
import { interchangeResource, INTERCHANGE_RESOURCES, type InterchangeResource } from '@/lib/interchange'
import { useUrlFilters } from '@/lib/url-state'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" mb={4}>
        {label}
      </Text>
      {children}
    </div>
  )
}

export function Component() {
  const { resourceName, importId = '' } = useParams()
  const resource = interchangeResource(resourceName)
  const back = (
    <Anchor component={Link} to={`/admin/imports${resource ? `?resource=${resource.name}` : ''}`} size="sm" mb="xs" display="inline-block">
      <Group gap={4}>
        <IconArrowLeft size={14} /> Imports
      </Group>
    </Anchor>
  )
  if (!resource)
    return (
      <>
        {back}
        <ErrorState error={new Error(`Imports are of ${INTERCHANGE_RESOURCES.map((r) => r.label.toLowerCase()).join(', ')}`)} title="Not found" />
      </>
    )
  return <ImportPage resource={resource} importId={importId} back={back} />
}

function ImportPage({ resource, importId, back }: { resource: InterchangeResource; importId: string; back: React.ReactNode }) {
  const query = useImport(resource, importId)
  const [filters, setFilters] = useUrlFilters(IMPORT_ROW_FILTER_KEYS)
  if (query.isPending) return <LoadingState />
  if (query.isError)
    return (
      <>
        {back}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const found = query.data
  const rowFilters = { phase: filters.phase as ImportPhase | undefined, outcome: filters.outcome as RowOutcome | undefined }
  const phase = shownPhase(found, rowFilters.phase)
  return (
    <>
      {back}
      <PageHeader
        title={<span style={{ wordBreak: 'break-all' }}>{found.filename ?? `${resource.label} import`}</span>}
        badge={<ImportStatusBadge status={found.status} />}
        description={`${resource.label} · ${found.file_format.toUpperCase()} · uploaded ${formatDateTime(found.created_at)} by ${found.created_by}`}
        actions={<ImportActions resource={resource} found={found} phase={phase} />}
      />
      <Stack gap="lg">
        {found.error ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="The import could not run">
            {found.error}
          </Alert>
        ) : null}
        {found.status === 'dry_run_done' ? (
          <Alert color="teal" variant="light" title="Dry run done: nothing was saved yet">
            Check the records below, then run the import to save them.
          </Alert>
        ) : null}
        <Card>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
            <Fact label="Progress">
              <ImportProgress found={found} />
            </Fact>
            <Fact label="Dry run">{found.dry_run ? <ImportCountsLine counts={found.dry_run_counts} wouldBe /> : <Text size="sm">Skipped: run at once</Text>}</Fact>
            <Fact label="Run">
              <ImportCountsLine counts={found.counts} />
            </Fact>
            <Fact label="Finished">
              <Text size="sm">{found.finished_at ? formatDateTime(found.finished_at) : found.started_at ? `Started ${formatDateTime(found.started_at)}` : 'Waiting for the worker'}</Text>
            </Fact>
          </SimpleGrid>
        </Card>
        <ImportRows resource={resource} found={found} filters={rowFilters} onChange={setFilters} />
      </Stack>
    </>
  )
}
