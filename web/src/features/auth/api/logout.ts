import { useMutation } from '@tanstack/react-query'
import { api } from '@/lib/api/client'
import { tokenStore } from '@/lib/auth/token-store'

/** Revokes the refresh token on the server; the local session ends either way. */
export async function logout(): Promise<void> {
  const tokens = tokenStore.get()
  tokenStore.set(null)
  if (!tokens) return
  try {
    await api.POST('/api/v1/auth/logout', { body: { refresh_token: tokens.refreshToken } })
  } catch {
    // Offline: the token expires on its own; the user is signed out locally.
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout })
}
