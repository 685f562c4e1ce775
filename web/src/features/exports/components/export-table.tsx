import { Badge, Button, Progress, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { describeError } from '@/lib/api/problem'
import { formatCount, formatDateTime } from '@/lib/format'
import type { InterchangeResource } from '@/lib/interchange'
import { isExportBusy, useDownloadExport, type Export, type ExportStatus } from '../api/exports'

const STATUSES: Record<ExportStatus, { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  running: { label: 'Writing', color: 'blue' },
  done: { label: 'Ready', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  // A personal data erasure deleted its file (it listed contacts): ask for a new one.
  erased: { label: 'File erased', color: 'orange' },
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`
  return `${(size / 1024 / 1024).toFixed(1)} MB`
}

export function ExportStatusBadge({ status }: { status: ExportStatus }) {
  return (
    <Badge variant="light" color={STATUSES[status].color}>
      {STATUSES[status].label}
    </Badge>
  )
}

function ExportProgress({ found }: { found: Export }) {
  if (!isExportBusy(found.status))
    return <Text size="sm">{found.total_rows == null ? '—' : `${formatCount(found.total_rows)} records`}</Text>
  const label = found.total_rows == null ? 'Counting the records…' : `${formatCount(found.processed_rows)} of ${formatCount(found.total_rows)} records`
  return (
    <Stack gap={4} miw={140}>
      <Progress value={found.total_rows ? (found.processed_rows / found.total_rows) * 100 : 0} animated size="sm" aria-label={label} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  )
}

/** A resource's exports, newest first, each downloadable once written. */
export function ExportTable({ resource, exports }: { resource: InterchangeResource; exports: Export[] }) {
  const download = useDownloadExport(resource)
  const save = (found: Export) => download.mutate(found, { onError: (e) => notifications.show({ color: 'red', title: 'Not downloaded', message: describeError(e) }) })
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Exports" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Records</Table.Th>
            <Table.Th>Asked for</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {exports.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                  {e.filename ?? `${resource.label} (${e.file_format.toUpperCase()})`}
                </Text>
                <Text size="xs" c="dimmed">
                  {e.file_format.toUpperCase()}
                  {e.size_bytes != null ? ` · ${formatBytes(e.size_bytes)}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <ExportStatusBadge status={e.status} />
                {e.error ? (
                  <Text size="xs" c={e.status === 'erased' ? 'dimmed' : 'red.8'} maw={240}>
                    {e.error}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <ExportProgress found={e} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(e.created_at)}</Text>
                <Text size="xs" c="dimmed">
                  by {e.created_by}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {e.status === 'done' ? (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconDownload size={14} />}
                    loading={download.isPending && download.variables?.id === e.id}
                    onClick={() => save(e)}
                    aria-label={`Download ${e.filename ?? 'the export'}`}
                  >
                    Download
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
