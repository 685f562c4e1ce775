import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { ApiError, describeError } from '@/lib/api/problem'
import { applyApiErrors } from '@/lib/forms'
import { useLogin } from '../api/login'

interface LoginFormProps {
  onSuccess: () => void
}

function loginMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'The email or password is not correct.'
    if (error.status === 429) return 'Too many failed attempts. Wait a few minutes, then try again.'
  }
  return describeError(error)
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const login = useLogin()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter your work email'),
      password: (v) => (v.length > 0 ? null : 'Enter your password'),
    },
  })

  const submit = form.onSubmit((values) => {
    setFailure(null)
    login.mutate(values, {
      onSuccess,
      onError: (error) => {
        const rest = applyApiErrors(form, error, ['email', 'password'])
        if (!(error instanceof ApiError) || error.status !== 422 || rest.length > 0) setFailure(loginMessage(error))
      },
    })
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack gap="md">
        {failure ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          placeholder="you@example.com"
          required
          autoFocus
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput label="Password" autoComplete="current-password" required key={form.key('password')} {...form.getInputProps('password')} />
        <Button type="submit" loading={login.isPending} fullWidth size="md">
          Sign in
        </Button>
      </Stack>
    </form>
  )
}
