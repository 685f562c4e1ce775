import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react'
import { describeError } from '@/lib/api/problem'
import { useExportList, type ListFilters } from '@/lib/list-tools/endpoints'
import type { ListSpec } from './types'

/** Downloads what the filters select, in the list's order, as CSV or XLSX. */
export function ExportMenu<F extends ListFilters>({ spec, filters }: { spec: ListSpec<F>; filters: F }) {
  const exporting = useExportList(spec.endpoints, filters)
  const run = (format: 'csv' | 'xlsx') =>
    exporting.mutate(format, {
      onError: (error) =>
        notifications.show({ color: 'red', title: `Could not export the ${spec.noun.many}`, message: describeError(error) }),
    })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={exporting.pending !== null}
          disabled={exporting.pending !== null}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Rows the filters select</Menu.Label>
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
