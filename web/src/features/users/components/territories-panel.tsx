import { Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Table, TagsInput, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useFormSubmit } from '@/lib/forms'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { territoryName, useTerritories, type Territory } from '@/lib/lookups/territories'
import { changedValues } from '@/lib/three-way-merge'
import { useSaveTerritory, type TerritoryUpdate } from '../api/save-territory'
import { territoryComparable, territoryToValues, useTerritoryConflict } from './territory-conflict'

function TerritoryModal({ territory, all, onClose }: { territory?: Territory; all: Territory[]; onClose: () => void }) {
  const save = useSaveTerritory()
  const intent = useIntentKey()
  const [initial] = useState(() => territoryToValues(territory))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Territory saved' })
    onClose()
  }
  const resolve = useTerritoryConflict(territory?.id ?? '', saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() ? null : 'Name is required'),
      region: (v) => (v.trim() ? null : 'Region is required'),
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: territory ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = territoryComparable(v)
      if (territory) {
        const update = changedValues(territoryComparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ territoryId: territory.id, etag: ifMatch(territory.version), update: update as TerritoryUpdate })
      } else await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      saved()
    },
  })
  const parents = all.filter((t) => t.id !== territory?.id).map((t) => ({ value: t.id, label: t.name }))
  return (
    <Modal opened onClose={onClose} title={territory ? `Edit ${territory.name}` : 'New territory'} size="lg">
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Region" required {...form.getInputProps('region')} />
            <Select label="Parent territory" data={parents} clearable {...form.getInputProps('parent_id')} />
          </SimpleGrid>
          <TagsInput
            label="Postal code prefixes"
            description="Leads and customers whose postal code starts with one of these are assigned here"
            placeholder="e.g. 411 and Enter"
            {...form.getInputProps('postal_prefixes')}
          />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

export function TerritoriesPanel() {
  const territories = useTerritories()
  const [editing, setEditing] = useState<Territory | 'new' | null>(null)
  return (
    <>
      <PageHeader
        title="Territories"
        description="Regions that customers, leads and engineers are assigned to."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New territory
          </Button>
        }
      />
      <Card p={0}>
        {territories.isPending ? (
          <LoadingState />
        ) : territories.isError ? (
          <ErrorState error={territories.error} onRetry={() => void territories.refetch()} />
        ) : territories.data.length === 0 ? (
          <EmptyState title="No territories yet" />
        ) : (
          <Table aria-label="Territories">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Territory</Table.Th>
                <Table.Th>Region</Table.Th>
                <Table.Th>Parent</Table.Th>
                <Table.Th>Postal prefixes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {territories.data.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} size="sm" onClick={() => setEditing(t)}>
                      {t.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t.region}</Table.Td>
                  <Table.Td>{t.parent_id ? territoryName(territories.data, t.parent_id) : '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {t.postal_prefixes.map((p) => (
                        <Badge key={p} variant="outline" size="sm">
                          {p}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {editing ? (
        <TerritoryModal territory={editing === 'new' ? undefined : editing} all={territories.data ?? []} onClose={() => setEditing(null)} />
      ) : null}
    </>
  )
}
