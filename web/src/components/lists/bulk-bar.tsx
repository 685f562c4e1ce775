import { Button, Group, Paper, Text } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { formatCount } from '@/lib/format'
import type { ListFilters } from '@/lib/list-tools/endpoints'
import { BulkDialog } from './bulk-dialog'
import type { RowSelection } from './row-selection'
import { countOf, type BulkActionSpec, type ListSpec } from './types'

interface BulkBarProps<F extends ListFilters> {
  spec: ListSpec<F>
  /** The actions this user may take here (useListSelection). */
  actions: BulkActionSpec[]
  selection: RowSelection
}

/** What can be done to the selected rows; shown while rows are selected. */
export function BulkBar<F extends ListFilters>({ spec, actions, selection }: BulkBarProps<F>) {
  const [open, setOpen] = useState<{ action: BulkActionSpec; ids: string[]; names: Record<string, string> } | null>(null)
  return (
    <>
      {selection.ids.length > 0 ? (
        // Sticks under the app header, so the actions stay in reach while the user scrolls and picks rows.
        <Paper
          withBorder
          shadow="xs"
          p="xs"
          px="sm"
          mb="sm"
          bg="blue.0"
          role="region"
          aria-label="Bulk actions"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 0px) + 8px)', zIndex: 5 }}
        >
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {countOf(selection.ids.length, spec.noun, formatCount)} selected
            </Text>
            <Group gap="xs">
              {actions.map((a) => (
                <Button
                  key={a.label}
                  size="xs"
                  variant={a.destructive ? 'light' : 'filled'}
                  color={a.destructive ? 'red' : undefined}
                  leftSection={a.icon}
                  onClick={() => setOpen({ action: a, ids: selection.ids, names: selection.names })}
                >
                  {a.label}
                </Button>
              ))}
              <Button size="xs" variant="subtle" color="dark" leftSection={<IconX size={14} />} onClick={selection.clear}>
                Clear selection
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
      {open ? (
        <BulkDialog
          action={open.action}
          endpoints={spec.endpoints}
          noun={spec.noun}
          ids={open.ids}
          names={open.names}
          onClose={(result) => {
            setOpen(null)
            if (result) selection.clear()
          }}
        />
      ) : null}
    </>
  )
}
