import { AppShell, Burger, Center, Group, Loader, NavLink, ScrollArea, Stack, Text, ThemeIcon } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChartLine } from '@tabler/icons-react'
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router'
import { RemindersBell } from '@/features/activities/components/reminders-bell'
import { UserMenu } from '@/features/auth/components/user-menu'
import { ErrorState } from '@/components/ui/query-states'
import { holdsRequirement, namedPermission } from '@/lib/auth/permissions'
import { useClearCacheOnSignOut, useIsSignedIn, useMe } from '@/lib/auth/session'
import { ShellProvider } from '../shell-provider'
import { ForbiddenPage } from './forbidden'
import { visibleSections } from './nav-items'
import { useRequiredPermission } from './route-permission'

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)
}

export function AppLayout() {
  const signedIn = useIsSignedIn()
  const me = useMe()
  const location = useLocation()
  const navigate = useNavigate()
  const [opened, { toggle, close }] = useDisclosure(false)
  const required = useRequiredPermission()
  useClearCacheOnSignOut()

  if (!signedIn) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />
  }
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading your account" />
      </Center>
    )
  }
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} title="Could not load your account" />
      </Center>
    )
  }

  const sections = visibleSections(me.data.permissions)
  return (
    <ShellProvider>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <a href="#main" className="skip-link">
            Skip to content
          </a>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="sm">
              <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label="Toggle navigation" />
              <Link to="/" className="plain-link" aria-label="Sales home">
                <Group gap={8}>
                  <ThemeIcon size={32} radius="md" variant="filled">
                    <IconChartLine size={20} />
                  </ThemeIcon>
                  <Text fw={700} size="lg">
                    Sales
                  </Text>
                </Group>
              </Link>
            </Group>
            <Group gap="sm">
              {me.data.permissions.includes('activities:read') ? <RemindersBell /> : null}
              <UserMenu onSignedOut={() => navigate('/login', { replace: true })} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Main navigation">
          <AppShell.Section grow component={ScrollArea}>
            <Stack gap="md">
              {sections.map((section) => (
                <div key={section.label ?? 'main'}>
                  {section.label ? (
                    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                      {section.label}
                    </Text>
                  ) : null}
                  {section.items.map((item) => (
                    <NavLink
                      key={item.to}
                      component={Link}
                      to={item.to}
                      label={item.label}
                      leftSection={<item.icon size={18} stroke={1.6} />}
                      active={isActive(location.pathname, item.to)}
                      onClick={close}
                      style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    />
                  ))}
                </div>
              ))}
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <div style={{ maxWidth: 1440, margin: '0 auto' }}>
            {required && !holdsRequirement(me.data.permissions, required) ? (
              <ForbiddenPage permission={namedPermission(required)} role={me.data.role} />
            ) : (
              <Outlet />
            )}
          </div>
        </AppShell.Main>
      </AppShell>
    </ShellProvider>
  )
}
