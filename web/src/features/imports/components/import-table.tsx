import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatDateTime } from '@/lib/format'
import type { InterchangeResource } from '@/lib/interchange'
import type { Import } from '../api/imports'
import { ImportCountsLine, ImportProgress, ImportStatusBadge } from './import-status'

export const importPath = (resource: InterchangeResource, importId: string) => `/admin/imports/${resource.name}/${importId}`

/** A resource's imports, newest first: status, progress and each phase's counts. */
export function ImportTable({ resource, imports }: { resource: InterchangeResource; imports: Import[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label="Imports" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Progress</Table.Th>
            <Table.Th>Dry run</Table.Th>
            <Table.Th>Run</Table.Th>
            <Table.Th>Uploaded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td maw={280}>
                <Anchor component={Link} to={importPath(resource, i.id)} fw={600} size="sm" style={{ wordBreak: 'break-all' }}>
                  {i.filename ?? `${resource.label} import`}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {i.file_format.toUpperCase()} · {i.dry_run ? 'dry run first' : 'run at once'}
                </Text>
              </Table.Td>
              <Table.Td>
                <ImportStatusBadge status={i.status} />
                {i.error ? (
                  <Text size="xs" c="red.8" maw={220}>
                    {i.error}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <ImportProgress found={i} />
              </Table.Td>
              <Table.Td>{i.dry_run ? <ImportCountsLine counts={i.dry_run_counts} wouldBe /> : <Text size="sm" c="dimmed">Skipped</Text>}</Table.Td>
              <Table.Td>
                <ImportCountsLine counts={i.counts} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(i.created_at)}</Text>
                <Text size="xs" c="dimmed">
                  by {i.created_by}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
