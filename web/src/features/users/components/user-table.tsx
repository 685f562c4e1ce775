import { Anchor, Badge, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import type { Team } from '../api/teams'
import type { User, UserFilters } from '../api/get-users'

export const ROLE_OPTIONS = [
  { value: 'admin', label: 'Admin' },
  { value: 'sales_head', label: 'Sales head' },
  { value: 'sales_engineer', label: 'Sales engineer' },
]
const roleLabel = (role: string) => ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role

interface FiltersProps {
  filters: UserFilters
  teams: Team[]
  onChange: (patch: Partial<Record<keyof UserFilters, string | null>>) => void
}

export function UserFiltersBar({ filters, teams, onChange }: FiltersProps) {
  const [q, setQ] = useState(filters.q ?? '')
  const push = useDebouncedCallback((v: string) => onChange({ q: v.trim() || null }), 300)
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name or email"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value)
          push(e.currentTarget.value)
        }}
        w={240}
      />
      <Select label="Role" placeholder="Any role" data={ROLE_OPTIONS} clearable value={filters.role ?? null} onChange={(v) => onChange({ role: v })} w={170} />
      <Select
        label="Team"
        placeholder="Any team"
        data={teams.map((t) => ({ value: t.id, label: t.name }))}
        clearable
        value={filters.team_id ?? null}
        onChange={(v) => onChange({ team_id: v })}
        w={170}
      />
      <Select
        label="Status"
        placeholder="Any"
        data={[
          { value: 'true', label: 'Active' },
          { value: 'false', label: 'Deactivated' },
        ]}
        clearable
        value={filters.is_active ?? null}
        onChange={(v) => onChange({ is_active: v })}
        w={140}
      />
    </Group>
  )
}

interface UserTableProps {
  users: User[]
  teams: Team[]
  onEdit: (user: User) => void
}

export function UserTable({ users, teams, onEdit }: UserTableProps) {
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? '—'
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Team</Table.Th>
            <Table.Th>Territories</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                <Anchor component="button" type="button" fw={600} size="sm" onClick={() => onEdit(u)}>
                  {u.full_name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {u.email}
                </Text>
              </Table.Td>
              <Table.Td>{roleLabel(u.role)}</Table.Td>
              <Table.Td>{teamName(u.team_id)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {u.territories.map((t) => (
                    <Badge key={t.id} size="sm" variant="light">
                      {t.name}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={u.is_active ? 'green' : 'gray'} variant="dot">
                  {u.is_active ? 'Active' : 'Deactivated'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
