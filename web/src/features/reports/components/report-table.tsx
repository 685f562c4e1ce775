import { Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export interface Column<T> {
  header: string
  cell: (row: T) => ReactNode
  /** Numbers and amounts align right. */
  numeric?: boolean
  /** Leave the column out (a split the report was not asked for, one currency only …). */
  hidden?: boolean
  /** Free text that may wrap (an outcome, a device list); other cells keep to one line and the table scrolls. */
  wrap?: boolean
}

/** A report's table: typed columns over the API's rows, scrolling sideways when it is wide. */
export function ReportTable<T>({
  label,
  rows,
  columns,
  rowKey,
  minWidth = 720,
  caption,
}: {
  label: string
  rows: readonly T[]
  columns: readonly Column<T>[]
  rowKey: (row: T, index: number) => string
  minWidth?: number
  caption?: ReactNode
}) {
  const shown = columns.filter((c) => !c.hidden)
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label} fz="sm" striped highlightOnHover>
        {caption ? (
          <Table.Caption>
            <Text span size="xs" c="dimmed">
              {caption}
            </Text>
          </Table.Caption>
        ) : null}
        <Table.Thead>
          <Table.Tr>
            {shown.map((c) => (
              <Table.Th key={c.header} ta={c.numeric ? 'right' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={rowKey(row, i)}>
              {shown.map((c) => (
                <Table.Td key={c.header} ta={c.numeric ? 'right' : undefined} style={c.wrap ? { minWidth: 160 } : { whiteSpace: 'nowrap' }}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
