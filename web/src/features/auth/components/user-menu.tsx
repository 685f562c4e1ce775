import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconLogout, IconMapPin, IconUser } from '@tabler/icons-react'
import { ROLE_LABELS, useMe } from '@/lib/auth/session'
import { useLogout } from '../api/logout'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join('')
}

export function UserMenu({ onSignedOut }: { onSignedOut: () => void }) {
  const { data: me } = useMe()
  const logout = useLogout()
  if (!me) return null
  return (
    <Menu position="bottom-end" width={260} withArrow>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${me.full_name}`}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size={34}>
              {initials(me.full_name)}
            </Avatar>
            <div style={{ lineHeight: 1.1 }}>
              <Text size="sm" fw={600} visibleFrom="sm">
                {me.full_name}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {ROLE_LABELS[me.role]}
              </Text>
            </div>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Menu.Item leftSection={<IconUser size={16} />} disabled>
          <Text size="sm">{me.email}</Text>
          <Text size="xs" c="dimmed">
            {ROLE_LABELS[me.role]}
          </Text>
        </Menu.Item>
        {me.territories.length > 0 ? (
          <Menu.Item leftSection={<IconMapPin size={16} />} disabled>
            <Text size="xs">{me.territories.map((t) => t.name).join(', ')}</Text>
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => logout.mutate(undefined, { onSettled: onSignedOut })}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
