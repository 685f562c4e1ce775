import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { TerritorySelect } from '@/components/ui/pickers'
import { useFormSubmit } from '@/lib/forms'
import { DATE_TIME_INPUT_FORMAT, pickerToInstant } from '@/lib/format'
import { useTeams } from '@/lib/lookups/teams'
import { useCreateApiKey, type ApiKeyCreate, type ApiKeySecret, type ApiScope, type RowScope } from '../api/api-keys'
import { ApiKeySecretView } from './api-key-secret-view'
import { ScopePicker } from './scope-picker'

interface ApiKeyValues {
  name: string
  scopes: ApiScope[]
  row_scope: RowScope
  team_id: string | null
  territory_id: string | null
  expires_at: string | null
}

const ROW_SCOPES: { value: RowScope; label: string }[] = [
  { value: 'all', label: 'All rows' },
  { value: 'team', label: 'One team' },
  { value: 'territory', label: 'One territory' },
]

/** The request body: the team or territory only for its row scope, the expiry as an instant. */
export function apiKeyBody(v: ApiKeyValues): ApiKeyCreate {
  return {
    name: v.name.trim(),
    scopes: v.scopes,
    row_scope: v.row_scope,
    team_id: v.row_scope === 'team' ? v.team_id : null,
    territory_id: v.row_scope === 'territory' ? v.territory_id : null,
    expires_at: pickerToInstant(v.expires_at),
  }
}

/** Makes a key, then shows its secret once. */
export function ApiKeyModal({ onClose }: { onClose: () => void }) {
  const create = useCreateApiKey()
  const [issued, setIssued] = useState<ApiKeySecret | null>(null)
  return (
    <Modal
      opened
      onClose={onClose}
      title={issued ? `API key “${issued.name}” created` : 'New API key'}
      size="lg"
      // Once the secret is shown, only the button closes the dialog: a stray click must not lose it.
      closeOnClickOutside={!issued}
      closeOnEscape={!issued}
      withCloseButton={!issued}
    >
      {issued ? (
        <ApiKeySecretView secret={issued}>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have stored the key</Button>
          </Group>
        </ApiKeySecretView>
      ) : (
        <ApiKeyForm onCancel={onClose} onCreated={setIssued} saving={create.isPending} save={create.mutateAsync} />
      )}
    </Modal>
  )
}

interface ApiKeyFormProps {
  onCancel: () => void
  onCreated: (secret: ApiKeySecret) => void
  save: (body: ApiKeyCreate) => Promise<ApiKeySecret>
  saving: boolean
}

function ApiKeyForm({ onCancel, onCreated, save, saving: pending }: ApiKeyFormProps) {
  const teams = useTeams()
  // What the form draws differently by: kept in state, as the form is uncontrolled.
  const [picked, setPicked] = useState<Pick<ApiKeyValues, 'scopes' | 'row_scope'>>({ scopes: [], row_scope: 'all' })
  const form = useForm<ApiKeyValues>({
    // Uncontrolled: typing the name does not redraw the scope table.
    mode: 'uncontrolled',
    initialValues: { name: '', scopes: [], row_scope: 'all', team_id: null, territory_id: null, expires_at: null },
    onValuesChange: ({ scopes, row_scope }) => setPicked((p) => (p.scopes === scopes && p.row_scope === row_scope ? p : { scopes, row_scope })),
    validate: {
      name: (v) => (v.trim() ? null : 'Name the key after the integration that uses it'),
      scopes: (v) => (v.length ? null : 'Choose at least one scope'),
      team_id: (v, values) => (values.row_scope !== 'team' || v ? null : 'Pick the team'),
      territory_id: (v, values) => (values.row_scope !== 'territory' || v ? null : 'Pick the territory'),
      expires_at: (v) => {
        const at = pickerToInstant(v)
        return at && new Date(at) <= new Date() ? 'Pick a time in the future' : null
      },
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'api-key-form',
    onSubmit: async (v) => onCreated(await save(apiKeyBody(v))),
  })
  const values = picked
  // A field error under a scope (`scopes.0`) is shown on the picker.
  const scopesError = form.errors.scopes ?? Object.entries(form.errors).find(([k]) => k.startsWith('scopes.'))?.[1]
  return (
    <form id="api-key-form" onSubmit={saving.submit} noValidate>
      <Stack>
        <TextInput label="Name" required placeholder="SAP S/4HANA sync" data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
        <ScopePicker value={values.scopes} onChange={(v) => form.setFieldValue('scopes', v)} error={scopesError} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="api-key-rows">
            Rows it reaches
          </Text>
          <SegmentedControl
            aria-labelledby="api-key-rows"
            data={ROW_SCOPES}
            value={values.row_scope}
            onChange={(v) => form.setFieldValue('row_scope', v as RowScope)}
            fullWidth
          />
          <Text size="xs" c="dimmed">
            {values.row_scope === 'team'
              ? 'What the team’s head sees: records owned by its members and the customers of their territories.'
              : values.row_scope === 'territory'
                ? 'The territory’s customers with their contacts, invoices and payments; no leads, deals, quotes or orders.'
                : 'Every record of the scopes chosen.'}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {values.row_scope === 'team' ? (
            <Select
              label="Team"
              required
              searchable
              data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
              key={form.key('team_id')}
              {...form.getInputProps('team_id')}
            />
          ) : null}
          {values.row_scope === 'territory' ? <TerritorySelect label="Territory" required key={form.key('territory_id')} {...form.getInputProps('territory_id')} /> : null}
          <DateTimePicker
            label="Expires"
            placeholder="Never"
            clearable
            minDate={new Date()}
            valueFormat={DATE_TIME_INPUT_FORMAT}
            description="After this the key is refused"
            key={form.key('expires_at')}
            {...form.getInputProps('expires_at')}
          />
        </SimpleGrid>
        <FormFooter saving={saving} onCancel={onCancel} submitLabel="Create key" loading={pending} />
      </Stack>
    </form>
  )
}
