import { Badge, Group, Progress, Stack, Text } from '@mantine/core'
import type { Import, ImportCounts, ImportStatus, RowOutcome } from '../api/imports'
import { formatCount } from '@/lib/format'
import { isImportBusy } from '../api/imports'

export const IMPORT_STATUSES: Record<ImportStatus, { label: string; color: string }> = {
  dry_run_queued: { label: 'Dry run queued', color: 'gray' },
  dry_running: { label: 'Dry-running', color: 'blue' },
  dry_run_done: { label: 'Dry run done', color: 'teal' },
  queued: { label: 'Run queued', color: 'gray' },
  running: { label: 'Running', color: 'blue' },
  done: { label: 'Done', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
}

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const s = IMPORT_STATUSES[status]
  return (
    <Badge variant="light" color={s.color}>
      {s.label}
    </Badge>
  )
}

/** How far the phase running (or last run) has come: `processed_rows` of `total_rows`. */
export function ImportProgress({ found }: { found: Pick<Import, 'status' | 'processed_rows' | 'total_rows'> }) {
  const busy = isImportBusy(found.status)
  const share = found.total_rows ? Math.min(100, (found.processed_rows / found.total_rows) * 100) : 0
  const label = `${formatCount(found.processed_rows)} of ${formatCount(found.total_rows)} records`
  return (
    <Stack gap={4} miw={140}>
      <Progress value={busy || found.status === 'failed' ? share : 100} animated={busy} color={found.status === 'failed' ? 'red' : busy ? 'blue' : 'teal'} size="sm" aria-label={label} />
      <Text size="xs" c="dimmed">
        {busy ? label : `${formatCount(found.total_rows)} records`}
      </Text>
    </Stack>
  )
}

export const OUTCOMES: Record<RowOutcome, { label: string; color: string }> = {
  created: { label: 'Created', color: 'green' },
  updated: { label: 'Updated', color: 'blue' },
  unchanged: { label: 'Unchanged', color: 'gray' },
  refused: { label: 'Refused', color: 'red' },
}

export function OutcomeBadge({ outcome }: { outcome: RowOutcome | null | undefined }) {
  if (!outcome)
    return (
      <Badge variant="outline" color="gray">
        Not reached yet
      </Badge>
    )
  return (
    <Badge variant="light" color={OUTCOMES[outcome].color}>
      {OUTCOMES[outcome].label}
    </Badge>
  )
}

/** A phase's counts in one line: "2 created · 1 updated · 1 refused" (zeros left out, but never all). */
export function ImportCountsLine({ counts, wouldBe = false }: { counts: ImportCounts | null | undefined; wouldBe?: boolean }) {
  if (!counts) return <Text size="sm" c="dimmed">—</Text>
  const parts = (Object.keys(OUTCOMES) as RowOutcome[]).filter((o) => counts[o] > 0)
  if (parts.length === 0) return <Text size="sm">No records</Text>
  return (
    <Group gap={4} aria-label={wouldBe ? 'What the run would do' : 'What the run did'}>
      {parts.map((o) => (
        <Badge key={o} size="sm" variant={o === 'refused' ? 'filled' : 'light'} color={OUTCOMES[o].color} tt="none">
          {counts[o]} {OUTCOMES[o].label.toLowerCase()}
        </Badge>
      ))}
    </Group>
  )
}
