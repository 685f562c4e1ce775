import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconBan, IconCopy, IconDots, IconRefresh } from '@tabler/icons-react'
import { ChoiceFilterBar } from '@/components/lists/choice-filter'
import { formatDateTime } from '@/lib/format'
import { useTeams } from '@/lib/lookups/teams'
import { territoryName, useTerritories } from '@/lib/lookups/territories'
import type { ApiKey, ApiKeyFilters } from '../api/api-keys'
import { scopeLabel } from './scopes'

export const API_KEY_FILTER_KEYS = ['revoked'] as const

export function ApiKeyFiltersBar({ filters, onChange }: { filters: ApiKeyFilters; onChange: (patch: Partial<Record<keyof ApiKeyFilters, string | null>>) => void }) {
  return (
    <ChoiceFilterBar
      label="Status"
      options={[
        { value: 'false', label: 'Not revoked' },
        { value: 'true', label: 'Revoked' },
      ]}
      value={filters.revoked}
      onChange={(v) => onChange({ revoked: v })}
      width={180}
    />
  )
}

type KeyState = 'active' | 'revoked' | 'expired'

export function keyState(key: Pick<ApiKey, 'revoked_at' | 'expires_at'>, now = new Date()): KeyState {
  if (key.revoked_at) return 'revoked'
  if (key.expires_at && new Date(key.expires_at) <= now) return 'expired'
  return 'active'
}

function KeyStatus({ apiKey }: { apiKey: ApiKey }) {
  const state = keyState(apiKey)
  const graceUntil = apiKey.previous_secret_valid_until && new Date(apiKey.previous_secret_valid_until) > new Date() ? apiKey.previous_secret_valid_until : null
  return (
    <Stack gap={2}>
      <Badge variant="dot" color={state === 'active' ? 'green' : state === 'revoked' ? 'red' : 'gray'}>
        {state === 'active' ? 'Active' : state === 'revoked' ? 'Revoked' : 'Expired'}
      </Badge>
      {state === 'revoked' ? (
        <Text size="xs" c="dimmed">
          {formatDateTime(apiKey.revoked_at)}
        </Text>
      ) : graceUntil ? (
        <Text size="xs" c="orange.8">
          Old secret works until {formatDateTime(graceUntil)}
        </Text>
      ) : null}
    </Stack>
  )
}

/** sk_live_01a22b03…9JWU: enough of the id and the secret's end to tell keys apart. */
export function shortPrefix(key: Pick<ApiKey, 'prefix' | 'secret_hint'>): string {
  return `${key.prefix.slice(0, 'sk_live_'.length + 8)}…${key.secret_hint}`
}

const SHOWN_SCOPES = 3

function Scopes({ scopes }: { scopes: string[] }) {
  const rest = scopes.length - SHOWN_SCOPES
  return (
    <Group gap={4}>
      {scopes.slice(0, SHOWN_SCOPES).map((s) => (
        <Badge key={s} size="sm" variant="light" tt="none">
          {s}
        </Badge>
      ))}
      {rest > 0 ? (
        <Tooltip label={scopes.slice(SHOWN_SCOPES).map(scopeLabel).join(', ')} multiline w={260}>
          <Badge size="sm" variant="outline" color="gray" tt="none">
            +{rest} more
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  )
}

interface ApiKeyTableProps {
  apiKeys: ApiKey[]
  onRotate: (key: ApiKey) => void
  onRevoke: (key: ApiKey) => void
  onCopyClientId: (key: ApiKey) => void
}

export function ApiKeyTable({ apiKeys, onRotate, onRevoke, onCopyClientId }: ApiKeyTableProps) {
  const teams = useTeams()
  const territories = useTerritories()
  const rows = (k: ApiKey) =>
    k.row_scope === 'team'
      ? { name: teams.data?.find((t) => t.id === k.team_id)?.name ?? '…', reach: 'A team’s rows' }
      : k.row_scope === 'territory'
        ? { name: territoryName(territories.data, k.territory_id), reach: 'A territory’s customers' }
        : { name: 'All rows', reach: null }
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table aria-label="API keys" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Scopes</Table.Th>
            <Table.Th>Rows</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th miw={120}>Status</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.map((k) => {
            const active = keyState(k) === 'active'
            return (
              <Table.Tr key={k.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {k.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" title={`${k.prefix}_…${k.secret_hint}`}>
                    {shortPrefix(k)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Scopes scopes={k.scopes} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{rows(k).name}</Text>
                  {rows(k).reach ? (
                    <Text size="xs" c="dimmed">
                      {rows(k).reach}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{k.expires_at ? formatDateTime(k.expires_at) : 'Never'}</Text>
                </Table.Td>
                <Table.Td>
                  {k.last_used_at ? (
                    <>
                      <Text size="sm">{formatDateTime(k.last_used_at)}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {k.last_used_ip ?? ''}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Never used
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <KeyStatus apiKey={k} />
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${k.name}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => onCopyClientId(k)}>
                        Copy client id
                      </Menu.Item>
                      {active ? (
                        <Menu.Item leftSection={<IconRefresh size={14} />} onClick={() => onRotate(k)}>
                          Rotate secret…
                        </Menu.Item>
                      ) : null}
                      {k.revoked_at ? null : (
                        <Menu.Item color="red" leftSection={<IconBan size={14} />} onClick={() => onRevoke(k)}>
                          Revoke…
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
