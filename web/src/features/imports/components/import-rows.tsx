import { Anchor, Box, Card, Group, List, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { LoadMore } from '@/components/ui/load-more'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import type { InterchangeResource } from '@/lib/interchange'
import { useImportRows, type Import, type ImportPhase, type ImportRow, type ImportRowFilters, type RowOutcome, type RowProblem } from '../api/imports'
import { OUTCOMES, OutcomeBadge } from './import-status'

export const IMPORT_ROW_FILTER_KEYS = ['phase', 'outcome'] as const

/** Where a created or updated record opens, for the resources that have a page of their own. */
function recordLink(resource: InterchangeResource, id: string): string | null {
  return resource.recordPath?.(id) ?? null
}

/** Why a record was refused: the problem its PUT would have answered, each field error at its column. */
export function RowProblemText({ problem }: { problem: RowProblem }) {
  const errors = problem.errors ?? []
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {problem.title}
        {problem.detail && problem.detail !== problem.title ? `: ${problem.detail}` : ''}
      </Text>
      {errors.length ? (
        <List size="sm" spacing={0}>
          {errors.map((e, i) => (
            <List.Item key={i}>
              <Text span size="sm" ff="monospace" fw={600}>
                {e.column ?? e.loc.filter((p) => p !== 'body').join('.')}
              </Text>
              : {e.msg}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Text size="xs" c="dimmed">
        {problem.status} · {problem.code}
      </Text>
    </Stack>
  )
}

const rowNumbers = (r: ImportRow) => (r.rows.length > 1 ? `${r.rows[0]}–${r.rows[r.rows.length - 1]}` : String(r.row))

function RowDetails({ resource, row }: { resource: InterchangeResource; row: ImportRow }) {
  const link = row.record_id ? recordLink(resource, row.record_id) : null
  if (row.problem) return <RowProblemText problem={row.problem} />
  return link ? (
    <Anchor component={Link} to={link} size="sm">
      Open the record
    </Anchor>
  ) : null
}

const REFUSED_BG = 'var(--mantine-color-red-light)'

/** A table from the small breakpoint up; on a phone, a record a block, its reasons under it. */
function RowsTable({ resource, rows }: { resource: InterchangeResource; rows: ImportRow[] }) {
  return (
    <>
      <Box visibleFrom="sm">
        <Table aria-label="Records" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>Row</Table.Th>
              <Table.Th w={170}>External id</Table.Th>
              <Table.Th w={130}>Outcome</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.row} bg={r.outcome === 'refused' ? REFUSED_BG : undefined}>
                <Table.Td>
                  <Text size="sm">{rowNumbers(r)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {r.external_id ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={r.outcome} />
                </Table.Td>
                <Table.Td>
                  <RowDetails resource={resource} row={r} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap={0} role="list" aria-label="Records">
        {rows.map((r) => (
          <Stack key={r.row} role="listitem" gap={6} px="md" py="sm" bg={r.outcome === 'refused' ? REFUSED_BG : undefined} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                Row {rowNumbers(r)} ·{' '}
                <Text span ff="monospace" size="sm">
                  {r.external_id ?? '—'}
                </Text>
              </Text>
              <OutcomeBadge outcome={r.outcome} />
            </Group>
            <RowDetails resource={resource} row={r} />
          </Stack>
        ))}
      </Stack>
    </>
  )
}

/** The run has started (or was asked for at once): its outcomes are the latest. */
const hasRun = (found: Import) => !found.dry_run || found.counts != null || ['queued', 'running', 'done'].includes(found.status)

/** The phase the page shows: the one chosen, else the latest (as the API's default). */
export function shownPhase(found: Import, chosen: ImportPhase | undefined): ImportPhase {
  return chosen ?? (hasRun(found) ? 'run' : 'dry_run')
}

interface ImportRowsProps {
  resource: InterchangeResource
  found: Import
  filters: ImportRowFilters
  onChange: (patch: Partial<Record<(typeof IMPORT_ROW_FILTER_KEYS)[number], string | null>>) => void
}

/** Each record's outcome in file order, for the dry run or the run, refusals with their reasons. */
export function ImportRows({ resource, found, filters, onChange }: ImportRowsProps) {
  const ran = hasRun(found)
  const phase = shownPhase(found, filters.phase)
  const query = useImportRows(resource, found.id, { phase, outcome: filters.outcome }, `${found.status}:${found.processed_rows}`)
  const rows = flattenPages(query.data)
  return (
    <Card component="section" aria-labelledby="import-records" p={0}>
      <Stack gap="sm" p="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={4} id="import-records">
              Records
            </Title>
            <Text size="sm" c="dimmed">
              {phase === 'dry_run' ? 'What the run would do with each record (nothing was saved)' : 'What the run did with each record'}
            </Text>
          </div>
          <Group gap="sm" align="flex-end">
            {found.dry_run && ran ? (
              <SegmentedControl
                aria-label="Phase"
                size="xs"
                data={[
                  { value: 'dry_run', label: 'Dry run' },
                  { value: 'run', label: 'Run' },
                ]}
                value={phase}
                onChange={(v) => onChange({ phase: v })}
              />
            ) : null}
            <Select
              label="Outcome"
              placeholder="Any"
              clearable
              size="xs"
              w={160}
              data={(Object.keys(OUTCOMES) as RowOutcome[]).map((o) => ({ value: o, label: OUTCOMES[o].label }))}
              value={filters.outcome ?? null}
              onChange={(v) => onChange({ outcome: v })}
            />
          </Group>
        </Group>
      </Stack>
      {query.isPending ? (
        <LoadingState label="Loading records…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={filters.outcome ? `No ${OUTCOMES[filters.outcome].label.toLowerCase()} records` : 'No records'} />
      ) : (
        <>
          <RowsTable resource={resource} rows={rows} />
          <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} shown={rows.length} noun="records" />
        </>
      )}
    </Card>
  )
}
