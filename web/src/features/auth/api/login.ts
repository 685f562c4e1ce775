import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { tokenStore } from '@/lib/auth/token-store'

export interface LoginInput {
  email: string
  password: string
}

function deviceName(): string {
  const ua = globalThis.navigator?.userAgent ?? ''
  const browser = /Firefox\//.test(ua) ? 'Firefox' : /Edg\//.test(ua) ? 'Edge' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser'
  return `Web dashboard (${browser})`
}

export async function login(input: LoginInput): Promise<void> {
  const tokens = await unwrap(
    api.POST('/api/v1/auth/login', {
      body: { email: input.email.trim(), password: input.password, device_name: deviceName() },
    }),
  )
  tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  })
}
