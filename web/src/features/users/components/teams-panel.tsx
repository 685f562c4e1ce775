import { Anchor, Button, Card, Modal, Select, Stack, Table, TextInput } from '@mantine/core'
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
import { personName, usePeople } from '@/lib/lookups/users'
import { changedValues } from '@/lib/three-way-merge'
import { useSaveTeam, useTeams, type Team, type TeamUpdate } from '../api/teams'
import { teamComparable, teamToValues, useTeamConflict } from './team-conflict'

function TeamModal({ team, onClose }: { team?: Team; onClose: () => void }) {
  const save = useSaveTeam()
  const intent = useIntentKey()
  const people = usePeople()
  const [initial] = useState(() => teamToValues(team))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Team saved' })
    onClose()
  }
  const resolve = useTeamConflict(team?.id ?? '', saved)
  const form = useForm({
    initialValues: initial,
    validate: { name: (v) => (v.trim() ? null : 'Name is required') },
  })
  const saving = useFormSubmit({
    form,
    conflict: team ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = teamComparable(v)
      if (team) {
        const update = changedValues(teamComparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ teamId: team.id, etag: ifMatch(team.version), update: update as TeamUpdate })
      } else await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      saved()
    },
  })
  const heads = (people.data ?? []).filter((u) => u.role === 'sales_head')
  return (
    <Modal opened onClose={onClose} title={team ? `Edit ${team.name}` : 'New team'}>
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Select label="Head" data={heads.map((u) => ({ value: u.id, label: u.full_name }))} clearable searchable {...form.getInputProps('head_id')} />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

export function TeamsPanel() {
  const teams = useTeams()
  const people = usePeople()
  const [editing, setEditing] = useState<Team | 'new' | null>(null)
  return (
    <>
      <PageHeader
        title="Teams"
        description="A sales head leads each team; heads see their team's records."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New team
          </Button>
        }
      />
      <Card p={0}>
        {teams.isPending ? (
          <LoadingState />
        ) : teams.isError ? (
          <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
        ) : teams.data.length === 0 ? (
          <EmptyState title="No teams yet" />
        ) : (
          <Table aria-label="Teams">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Team</Table.Th>
                <Table.Th>Head</Table.Th>
                <Table.Th>Members</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {teams.data.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} size="sm" onClick={() => setEditing(t)}>
                      {t.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{personName(people.data, t.head_id)}</Table.Td>
                  <Table.Td>{(people.data ?? []).filter((u) => u.team_id === t.id).length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {editing ? <TeamModal team={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
