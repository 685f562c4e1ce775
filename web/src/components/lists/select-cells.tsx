import { Checkbox, Table } from '@mantine/core'
import type { RowSelection } from './row-selection'

/** The header cell of a selectable table: selects every row on the page. */
export function SelectAllHeader({ selection, noun }: { selection?: RowSelection; noun: string }) {
  if (!selection) return null
  return (
    <Table.Th w={40}>
      <Checkbox
        aria-label={`Select all ${noun} on this page`}
        checked={selection.allSelected}
        indeterminate={selection.someSelected}
        onChange={selection.toggleAll}
      />
    </Table.Th>
  )
}

/** The first cell of a selectable row. */
export function SelectCell({ selection, id, name }: { selection?: RowSelection; id: string; name: string }) {
  if (!selection) return null
  return (
    <Table.Td w={40}>
      <Checkbox aria-label={`Select ${name}`} checked={selection.isSelected(id)} onChange={() => selection.toggle(id)} />
    </Table.Td>
  )
}
