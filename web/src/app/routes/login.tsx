import { Alert, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconChartLine } from '@tabler/icons-react'
import { useState } from 'react'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { LoginForm } from '@/features/auth/components/login-form'
import { useIsSignedIn } from '@/lib/auth/session'
import { tokenStore } from '@/lib/auth/token-store'

function safeNext(value: string | null): string {
  // Only same-app paths: never bounce a user to another site after sign-in.
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

export function LoginRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const signedIn = useIsSignedIn()
  const next = safeNext(params.get('next'))
  const [expired] = useState(() => tokenStore.takeEndReason() === 'expired')
  if (signedIn) return <Navigate to={next} replace />
  return (
    <Center mih="100vh" p="md" style={{ background: 'linear-gradient(135deg, #e7f0fb 0%, #f8f9fa 60%)' }}>
      <Stack w="100%" maw={400} gap="lg">
        <Stack align="center" gap="xs">
          <ThemeIcon size={52} radius="lg">
            <IconChartLine size={30} />
          </ThemeIcon>
          <Title order={1} size="h2">
            Sales dashboard
          </Title>
          <Text c="dimmed" size="sm" ta="center">
            Pipeline, customers and the team&apos;s activity in one place.
          </Text>
        </Stack>
        {expired ? (
          <Alert color="yellow" role="status">
            Your session has expired. Sign in again to continue where you were.
          </Alert>
        ) : null}
        <Paper withBorder shadow="sm" p="xl">
          <LoginForm onSuccess={() => navigate(next, { replace: true })} />
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Demo accounts: admin@example.com, head1@example.com, eng1@example.com — password demo-pass-1
        </Text>
      </Stack>
    </Center>
  )
}
