import { Button, Checkbox, Group, Input, Table, Text } from '@mantine/core'
import type { ApiScope } from '../api/api-keys'
import { ALL_SCOPES, SCOPE_RESOURCES, type ScopeAction } from './scopes'

interface ScopePickerProps {
  value: ApiScope[]
  onChange: (value: ApiScope[]) => void
  error?: React.ReactNode
}

/** The scopes of a key, one row per resource with its read and write box. */
export function ScopePicker({ value, onChange, error }: ScopePickerProps) {
  const toggle = (scope: ApiScope, on: boolean) => onChange(on ? [...value, scope] : value.filter((s) => s !== scope))
  const everyRead = ALL_SCOPES.filter((s) => s.endsWith(':read'))
  const cell = (row: (typeof SCOPE_RESOURCES)[number], action: ScopeAction) => {
    const scope = row[action]
    return (
      <Table.Td ta="center" w={72}>
        {scope ? (
          <Checkbox
            aria-label={`${row.label}: ${action}`}
            checked={value.includes(scope)}
            onChange={(e) => toggle(scope, e.currentTarget.checked)}
            styles={{ body: { justifyContent: 'center' } }}
          />
        ) : (
          <Text size="xs" c="dimmed" aria-hidden>
            —
          </Text>
        )}
      </Table.Td>
    )
  }
  return (
    <Input.Wrapper
      label="Scopes"
      required
      description="What the key may do, per resource. Write does not include read. A key can never manage people, keys or webhooks, nor approve."
      error={error}
      id="api-key-scopes"
    >
      <Group gap="xs" my={6}>
        <Button size="compact-xs" variant="light" onClick={() => onChange([...new Set([...value, ...everyRead])])}>
          Read everything
        </Button>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onChange([])} disabled={value.length === 0}>
          Clear
        </Button>
        <Text size="xs" c="dimmed" ml="auto" aria-live="polite">
          {value.length} of {ALL_SCOPES.length} chosen
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={360} mah={300} type="native">
        <Table aria-label="Scopes" verticalSpacing={4} striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Resource</Table.Th>
              <Table.Th ta="center">Read</Table.Th>
              <Table.Th ta="center">Write</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SCOPE_RESOURCES.map((row) => (
              <Table.Tr key={row.resource}>
                <Table.Td>
                  <Text size="sm">{row.label}</Text>
                  {row.covers ? (
                    <Text size="xs" c="dimmed">
                      {row.covers}
                    </Text>
                  ) : null}
                </Table.Td>
                {cell(row, 'read')}
                {cell(row, 'write')}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Input.Wrapper>
  )
}
