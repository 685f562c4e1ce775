import { Alert, Button, Center, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconInbox, IconRefresh } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { ApiError, describeError } from '@/lib/api/problem'

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Group>
    </Center>
  )
}

interface ErrorStateProps {
  error: unknown
  onRetry?: () => void
  title?: string
}

export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const notFound = error instanceof ApiError && error.isNotFound
  const refused = error instanceof ApiError && error.status === 403
  return (
    <Alert
      color={notFound || refused ? 'gray' : 'red'}
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title ?? (notFound ? 'Not found' : refused ? 'Not open to you' : 'Could not load this')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{describeError(error)}</Text>
        {error instanceof ApiError && error.requestId ? (
          <Text size="xs" c="dimmed">
            Request id: {error.requestId}
          </Text>
        ) : null}
        {onRetry && !notFound && !refused ? (
          <Group>
            <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  )
}

interface EmptyStateProps {
  title: string
  description?: ReactNode
  action?: ReactNode
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420}>
        <ThemeIcon variant="light" size={44} radius="xl" color="gray">
          <IconInbox size={24} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {description ? (
          <Text c="dimmed" size="sm" ta="center">
            {description}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Center>
  )
}
