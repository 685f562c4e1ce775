import { Group } from '@mantine/core'
import type { ListFilters } from '@/lib/list-tools/endpoints'
import { BulkBar } from './bulk-bar'
import { ExportMenu } from './export-menu'
import { ListCount } from './list-count'
import type { RowSelection } from './row-selection'
import { SavedViewsMenu } from './saved-views-menu'
import type { BulkActionSpec, ListSpec } from './types'

interface ListToolbarProps<F extends ListFilters> {
  spec: ListSpec<F>
  filters: F
  /** The page's URL filter setter: a saved view sets every filter key. */
  onApplyView: (patch: Record<string, string | null>) => void
  actions: BulkActionSpec[]
  selection: RowSelection | undefined
}

/** Above a list: how many rows the filters select, saved views, export, and the bulk bar. */
export function ListToolbar<F extends ListFilters>({ spec, filters, onApplyView, actions, selection }: ListToolbarProps<F>) {
  return (
    <>
      <Group justify="space-between" align="center" mb="sm" gap="xs" wrap="wrap">
        <ListCount spec={spec} filters={filters} />
        <Group gap="xs">
          <SavedViewsMenu spec={spec} filters={filters} onApply={onApplyView} />
          <ExportMenu spec={spec} filters={filters} />
        </Group>
      </Group>
      {selection ? <BulkBar spec={spec} actions={actions} selection={selection} /> : null}
    </>
  )
}
