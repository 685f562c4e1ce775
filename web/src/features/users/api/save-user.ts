import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapVersioned } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type UserCreate = Schema<'UserCreate'>
export type UserUpdate = Schema<'UserUpdate'>

export function useSaveUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (args: { create: UserCreate; key: string } | { userId: string; etag: string; update: UserUpdate }) =>
      'create' in args
        ? unwrap(api.POST('/api/v1/users', { body: args.create, headers: { 'Idempotency-Key': args.key } }))
        : unwrap(
            api.PATCH('/api/v1/users/{user_id}', {
              params: { path: { user_id: args.userId }, header: { 'If-Match': args.etag } },
              body: args.update,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  })
}

/** One user as stored now, with its ETag. */
export const getUser = (userId: string) => unwrapVersioned(api.GET('/api/v1/users/{user_id}', { params: { path: { user_id: userId } } }))
