import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tokenStore } from '@/lib/auth/token-store'
import { json, problem, renderWithApp } from '@/test/render'
import { LoginForm } from './login-form'

afterEach(() => vi.restoreAllMocks())

describe('LoginForm', () => {
  it('stores the tokens and reports success', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(json({ access_token: 'a', refresh_token: 'r', token_type: 'bearer', expires_in: 900 }))
    const onSuccess = vi.fn()
    renderWithApp(<LoginForm onSuccess={onSuccess} />)
    await userEvent.type(screen.getByLabelText(/email/i), 'head1@example.com')
    await userEvent.type(screen.getByLabelText(/password/i), 'demo-pass-1')
    await userEvent.click(screen.getByRole('button', { name: /sign in/i }))
    await waitFor(() => expect(onSuccess).toHaveBeenCalled())
    const sent = fetchMock.mock.calls[0]![0] as Request
    expect(await sent.json()).toMatchObject({ email: 'head1@example.com', password: 'demo-pass-1' })
    expect(tokenStore.get()).toEqual({ accessToken: 'a', refreshToken: 'r' })
  })

  it('says so when the credentials are wrong', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(401, { code: 'auth.invalid_credentials' }))
    renderWithApp(<LoginForm onSuccess={vi.fn()} />)
    await userEvent.type(screen.getByLabelText(/email/i), 'head1@example.com')
    await userEvent.type(screen.getByLabelText(/password/i), 'wrong')
    await userEvent.click(screen.getByRole('button', { name: /sign in/i }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not correct.')
    expect(tokenStore.get()).toBeNull()
  })

  it('explains throttling', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(429, { code: 'auth.too_many_attempts' }))
    renderWithApp(<LoginForm onSuccess={vi.fn()} />)
    await userEvent.type(screen.getByLabelText(/email/i), 'x@example.com')
    await userEvent.type(screen.getByLabelText(/password/i), 'wrong')
    await userEvent.click(screen.getByRole('button', { name: /sign in/i }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/too many failed attempts/i)
  })

  it('validates before sending anything', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch')
    renderWithApp(<LoginForm onSuccess={vi.fn()} />)
    await userEvent.click(screen.getByRole('button', { name: /sign in/i }))
    expect(await screen.findByText('Enter your work email')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
