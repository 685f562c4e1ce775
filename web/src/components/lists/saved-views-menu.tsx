import { ActionIcon, Badge, Button, Divider, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBookmark, IconBookmarkPlus, IconChevronDown, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { stableJson } from '@/lib/api/intent-key'
import { describeError } from '@/lib/api/problem'
import { useMe } from '@/lib/auth/session'
import type { ListFilters } from '@/lib/list-tools/endpoints'
import { useDeleteSavedView, useSavedViews, type SavedView } from '@/lib/list-tools/saved-views'
import { compact } from '@/lib/url-state'
import { SaveViewModal } from './save-view-modal'
import type { ListSpec } from './types'

const SHARE_LABELS: Record<string, string> = { sales_head: 'Share with my team', admin: 'Share with everyone' }

/** The URL's filters (without sort) as a view stores them. */
function viewFilters(filterKeys: readonly string[], filters: ListFilters): Record<string, string> {
  const kept = Object.fromEntries(filterKeys.filter((k) => k !== 'sort').map((k) => [k, filters[k]]))
  return compact(kept) as Record<string, string>
}

function isCurrent(filterKeys: readonly string[], filters: ListFilters, view: SavedView): boolean {
  return stableJson(viewFilters(filterKeys, filters)) === stableJson(view.filters) && (filters.sort ?? null) === (view.sort ?? null)
}

interface SavedViewsMenuProps<F extends ListFilters> {
  spec: ListSpec<F>
  filters: F
  /** Sets every filter key (null clears it), as the page's URL filters do. */
  onApply: (patch: Record<string, string | null>) => void
}

/** Apply, save and delete named sets of filters and sort for one list. */
export function SavedViewsMenu<F extends ListFilters>({ spec, filters, onApply }: SavedViewsMenuProps<F>) {
  const [opened, setOpened] = useState(false)
  const [saving, setSaving] = useState(false)
  const me = useMe()
  const views = useSavedViews(spec.endpoints.listKey)
  const remove = useDeleteSavedView()
  const current = views.data?.find((v) => isCurrent(spec.filterKeys, filters, v))

  const apply = (view: SavedView) => {
    const patch: Record<string, string | null> = {}
    for (const key of spec.filterKeys) patch[key] = key === 'sort' ? (view.sort ?? null) : (view.filters[key] as string | undefined) ?? null
    onApply(patch)
    setOpened(false)
  }

  const drop = (view: SavedView) =>
    remove.mutate(view, {
      onSuccess: () => notifications.show({ message: `View “${view.name}” deleted` }),
      onError: (error) => notifications.show({ color: 'red', title: 'Could not delete the view', message: describeError(error) }),
    })

  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} shadow="md">
        <Popover.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
            onClick={() => setOpened((o) => !o)}
            aria-label={current ? `Saved views: ${current.name}` : 'Saved views'}
          >
            {current ? current.name : 'Views'}
          </Button>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Stack gap={4} role="list" aria-label="Saved views">
            {views.isPending ? (
              <Text size="sm" c="dimmed" p="xs">
                Loading views…
              </Text>
            ) : !views.data?.length ? (
              <Text size="sm" c="dimmed" p="xs">
                No saved views yet. Set filters and a sort, then save them here.
              </Text>
            ) : (
              views.data.map((view) => (
                <Group key={view.id} gap={4} wrap="nowrap" role="listitem">
                  <UnstyledButton className="saved-view-apply" onClick={() => apply(view)} aria-label={`Apply view ${view.name}`} style={{ flex: 1, minWidth: 0 }} p={6}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={view.id === current?.id ? 700 : 500} truncate>
                        {view.name}
                      </Text>
                      {view.is_shared ? (
                        <Badge size="xs" variant="light" color="grape" style={{ flexShrink: 0 }}>
                          Shared
                        </Badge>
                      ) : null}
                    </Group>
                  </UnstyledButton>
                  {view.owner_id === me.data?.id ? (
                    <ActionIcon variant="subtle" color="red" aria-label={`Delete view ${view.name}`} loading={remove.isPending && remove.variables?.id === view.id} onClick={() => drop(view)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))
            )}
          </Stack>
          <Divider my={6} />
          <Button
            variant="subtle"
            fullWidth
            justify="flex-start"
            leftSection={<IconBookmarkPlus size={16} />}
            onClick={() => {
              setOpened(false)
              setSaving(true)
            }}
          >
            Save current view…
          </Button>
        </Popover.Dropdown>
      </Popover>
      {saving ? (
        <SaveViewModal
          listKey={spec.endpoints.listKey}
          filters={viewFilters(spec.filterKeys, filters)}
          sort={filters.sort ?? null}
          shareLabel={me.data ? (SHARE_LABELS[me.data.role] ?? null) : null}
          onClose={(saved) => {
            setSaving(false)
            if (saved) notifications.show({ color: 'green', message: `View “${saved.name}” saved` })
          }}
        />
      ) : null}
    </>
  )
}
