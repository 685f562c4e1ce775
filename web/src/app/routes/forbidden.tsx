import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { Link } from 'react-router'
import { PERMISSION_ACTIONS, type Permission } from '@/lib/auth/permissions'
import { ROLE_LABELS, type Role } from '@/lib/auth/session'

/** Shown instead of a page the user's role does not open: a sentence, not a permission name. */
export function ForbiddenPage({ permission, role }: { permission: Permission; role: Role }) {
  return (
    <Stack align="center" py={80} gap="sm" role="alert" aria-labelledby="forbidden-title">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray">
        <IconLock size={26} />
      </ThemeIcon>
      <Title order={2} id="forbidden-title" ta="center">
        This page is not open to you
      </Title>
      <Text c="dimmed" maw={480} ta="center">
        As a {ROLE_LABELS[role].toLowerCase()} you cannot {PERMISSION_ACTIONS[permission]}. Ask an administrator if you
        need to.
      </Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  )
}
