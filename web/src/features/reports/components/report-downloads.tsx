import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react'
import { describeError } from '@/lib/api/problem'
import { useDownloadReport, type ReportFileFormat, type ReportPath, type ReportQuery } from '../api/report-api'

/** CSV and XLSX of the report's table as filtered, with the caller's token. */
export function ReportDownloads({ path, query, name }: { path: ReportPath; query: ReportQuery; name: string }) {
  const download = useDownloadReport(path, query, name)
  const run = (format: ReportFileFormat) =>
    download.mutate(format, { onError: (e) => notifications.show({ color: 'red', title: 'Could not download the report', message: describeError(e) }) })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={download.isPending}>
          Download
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The table, as filtered</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => run('csv')}>
          CSV
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => run('xlsx')}>
          Excel (XLSX)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
