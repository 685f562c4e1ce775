import { Button, Menu, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconDownload, IconPlayerPlay } from '@tabler/icons-react'
import { describeError } from '@/lib/api/problem'
import { formatCount } from '@/lib/format'
import type { InterchangeResource } from '@/lib/interchange'
import { isImportBusy, useDownloadImportResult, useRunImport, type Import, type ImportPhase } from '../api/imports'

/** Run a dry-run import for real (once its dry run is done), and download a phase's result file. */
export function ImportActions({ resource, found, phase }: { resource: InterchangeResource; found: Import; phase: ImportPhase }) {
  const run = useRunImport(resource)
  const download = useDownloadImportResult(resource)
  const counts = found.dry_run_counts
  const confirmRun = () =>
    modals.openConfirmModal({
      title: 'Run this import?',
      children: (
        <Text size="sm">
          Each record is saved as the dry run found it would be
          {counts ? ` (${formatCount(counts.created)} created, ${formatCount(counts.updated)} updated)` : ''}, unless it changed since.
          {counts?.refused ? ` The ${formatCount(counts.refused)} refused are left out again, with their reasons.` : ''}
        </Text>
      ),
      labels: { confirm: 'Run the import', cancel: 'Not yet' },
      onConfirm: () =>
        run.mutate(found.id, {
          onSuccess: () => notifications.show({ color: 'green', message: 'The run is queued: this page follows it' }),
          onError: (e) => notifications.show({ color: 'red', title: 'Not run', message: describeError(e) }),
        }),
    })
  const save = (format: 'csv' | 'json') =>
    download.mutate({ importId: found.id, phase, format }, { onError: (e) => notifications.show({ color: 'red', title: 'Not downloaded', message: describeError(e) }) })
  return (
    <>
      {found.status === 'dry_run_done' ? (
        <Button leftSection={<IconPlayerPlay size={16} />} loading={run.isPending} onClick={confirmRun}>
          Run the import
        </Button>
      ) : null}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={download.isPending} disabled={isImportBusy(found.status)}>
            {phase === 'dry_run' ? 'Dry-run result' : 'Result'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => save('csv')}>CSV (a row per record)</Menu.Item>
          <Menu.Item onClick={() => save('json')}>JSON</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  )
}
