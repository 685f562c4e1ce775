import { ActionIcon, Anchor, Button, Card, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { describeError } from '@/lib/api/problem'
import { useFormSubmit } from '@/lib/forms'
import { useProductGroups, type ProductGroup } from '@/lib/lookups/catalogue'
import { changedValues } from '@/lib/three-way-merge'
import { getProductGroup, useDeleteProductGroup, useSaveProductGroup, type ProductGroupUpdate } from '../api/products'

interface GroupValues {
  name: string
  description: string
}
const toValues = (g?: ProductGroup): GroupValues => ({ name: g?.name ?? '', description: g?.description ?? '' })
const comparable = (v: GroupValues) => ({ name: v.name.trim(), description: v.description.trim() || null })

function useGroupConflict(groupId: string, onSaved: () => void): ConflictSetup<GroupValues> {
  const save = useSaveProductGroup()
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description' },
    ],
    comparable,
    latest: async () => {
      const { data, etag } = await getProductGroup(groupId)
      return { values: comparable(toValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ groupId, etag, update: body as ProductGroupUpdate }),
    onSaved,
  }
}

function GroupModal({ group, onClose }: { group?: ProductGroup; onClose: () => void }) {
  const save = useSaveProductGroup()
  const intent = useIntentKey()
  const [initial] = useState(() => toValues(group))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Group saved' })
    onClose()
  }
  const resolve = useGroupConflict(group?.id ?? '', saved)
  const form = useForm({ initialValues: initial, validate: { name: (v) => (v.trim() ? null : 'Name is required') } })
  const saving = useFormSubmit({
    form,
    conflict: group ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = comparable(v)
      if (group) {
        const update = changedValues(comparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ groupId: group.id, etag: ifMatch(group.version), update })
      } else await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      saved()
    },
  })
  return (
    <Modal opened onClose={onClose} title={group ? `Edit ${group.name}` : 'New product group'}>
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

export function ProductGroupsPanel() {
  const groups = useProductGroups()
  const remove = useDeleteProductGroup()
  const [editing, setEditing] = useState<ProductGroup | 'new' | null>(null)
  const drop = (g: ProductGroup) =>
    remove.mutate(
      { groupId: g.id, etag: ifMatch(g.version) },
      {
        onSuccess: () => notifications.show({ message: `${g.name} deleted` }),
        onError: (e) => notifications.show({ color: 'red', message: describeError(e) }),
      },
    )
  return (
    <>
      <PageHeader
        title="Product groups"
        description="Groups sort the catalogue and filter the product list."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New group
          </Button>
        }
      />
      <Card p={0}>
        {groups.isPending ? (
          <LoadingState />
        ) : groups.isError ? (
          <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
        ) : groups.data.length === 0 ? (
          <EmptyState title="No product groups yet" />
        ) : (
          <Table aria-label="Product groups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Group</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.data.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} size="sm" onClick={() => setEditing(g)}>
                      {g.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {g.description ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon variant="subtle" color="red" aria-label={`Delete ${g.name}`} onClick={() => drop(g)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {editing ? <GroupModal group={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
