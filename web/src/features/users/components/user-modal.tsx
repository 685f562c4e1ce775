import { Button, Group, Modal, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import { applyApiErrors } from '@/lib/forms'
import { useIntentKey } from '@/lib/api/intent-key'
import { useTerritories } from '@/lib/lookups/territories'
import type { Role, User } from '../api/get-users'
import { useSaveUser } from '../api/save-user'
import type { Team } from '../api/teams'
import { ROLE_OPTIONS } from './user-table'

interface UserModalProps {
  /** The user to edit; undefined creates a new one. */
  user?: User
  teams: Team[]
  onClose: () => void
}

export function UserModal({ user, teams, onClose }: UserModalProps) {
  const save = useSaveUser()
  const intent = useIntentKey()
  const queryClient = useQueryClient()
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['users'] })
    onClose()
  }
  const territories = useTerritories()
  const [error, setError] = useState<unknown>(null)
  const [messages, setMessages] = useState<string[]>([])
  const form = useForm({
    initialValues: {
      email: user?.email ?? '',
      full_name: user?.full_name ?? '',
      phone: user?.phone ?? '',
      password: '',
      role: (user?.role ?? 'sales_engineer') as Role,
      team_id: user?.team_id ?? null,
      territory_ids: user?.territories.map((t) => t.id) ?? [],
      is_active: user?.is_active ?? true,
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Enter a valid email'),
      full_name: (v) => (v.trim() ? null : 'Name is required'),
      password: (v) => (user && !v ? null : v.length >= 10 ? null : 'At least 10 characters'),
    },
  })

  const submit = form.onSubmit(async (v) => {
    setError(null)
    const common = { full_name: v.full_name.trim(), phone: v.phone.trim() || null, role: v.role, team_id: v.team_id, territory_ids: v.territory_ids }
    try {
      if (user) {
        await save.mutateAsync({
          userId: user.id,
          version: user.version,
          update: { ...common, is_active: v.is_active, ...(v.password ? { password: v.password } : {}) },
        })
      } else {
        const create = { ...common, email: v.email.trim(), password: v.password }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      notifications.show({ color: 'green', message: user ? 'User saved' : `${v.full_name} can now sign in` })
      onClose()
    } catch (e) {
      setError(e)
      setMessages(applyApiErrors(form, e, Object.keys(v)))
    }
  })

  return (
    <Modal opened onClose={onClose} title={user ? `Edit ${user.full_name}` : 'New user'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Email" required disabled={Boolean(user)} data-autofocus {...form.getInputProps('email')} />
            <TextInput label="Full name" required {...form.getInputProps('full_name')} />
            <TextInput label="Phone" {...form.getInputProps('phone')} />
            <PasswordInput
              label={user ? 'New password' : 'Password'}
              description={user ? 'Leave empty to keep the current one' : 'At least 10 characters'}
              required={!user}
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <Select label="Role" data={ROLE_OPTIONS} allowDeselect={false} {...form.getInputProps('role')} />
            <Select label="Team" data={teams.map((t) => ({ value: t.id, label: t.name }))} clearable {...form.getInputProps('team_id')} />
          </SimpleGrid>
          <MultiSelect
            label="Territories"
            data={(territories.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            searchable
            {...form.getInputProps('territory_ids')}
          />
          {user ? <Switch label="Active (may sign in)" {...form.getInputProps('is_active', { type: 'checkbox' })} /> : null}
          <ApiErrorAlert error={error} messages={messages} onReload={reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? 'Save' : 'Create user'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
