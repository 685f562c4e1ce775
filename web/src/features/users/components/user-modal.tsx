import { Modal, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { useFormSubmit } from '@/lib/forms'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { useTerritories } from '@/lib/lookups/territories'
import { changedValues } from '@/lib/three-way-merge'
import type { User } from '../api/get-users'
import { useSaveUser, type UserUpdate } from '../api/save-user'
import type { Team } from '../api/teams'
import { userComparable, userToValues, useUserConflict } from './user-conflict'
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
  const territories = useTerritories()
  const [initial] = useState(() => userToValues(user))
  const saved = (name: string) => {
    notifications.show({ color: 'green', message: user ? 'User saved' : `${name} can now sign in` })
    onClose()
  }
  const resolve = useUserConflict(user?.id ?? '', teams, () => saved(user?.full_name ?? ''))
  const form = useForm({
    initialValues: initial,
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Enter a valid email'),
      full_name: (v) => (v.trim() ? null : 'Name is required'),
      password: (v) => (user && !v ? null : v.length >= 10 ? null : 'At least 10 characters'),
    },
  })

  const saving = useFormSubmit({
    form,
    conflict: user ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      if (user) {
        const update = changedValues(userComparable(initial), userComparable(v))
        if (Object.keys(update).length) await save.mutateAsync({ userId: user.id, etag: ifMatch(user.version), update: update as UserUpdate })
      } else {
        const { full_name, phone, role, team_id, territory_ids } = userComparable(v)
        const create = { full_name, phone, role, team_id, territory_ids, email: v.email.trim(), password: v.password }
        await intent.send(create, (key) => save.mutateAsync({ create, key }))
      }
      saved(v.full_name)
    },
  })

  return (
    <Modal opened onClose={onClose} title={user ? `Edit ${user.full_name}` : 'New user'} size="lg">
      <form onSubmit={saving.submit} noValidate>
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
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel={user ? 'Save' : 'Create user'} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
