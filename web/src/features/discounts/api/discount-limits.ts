import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

type Role = Schema<'Role'>

/** One role's limit as stored now, with the If-Match value for it. */
export async function getDiscountLimit(role: Role) {
  const rows = await unwrap(api.GET('/api/v1/discount-limits'))
  const row = rows.find((r) => r.role === role)
  if (!row) throw new Error(`No discount limit for ${role}`)
  return { data: row, etag: ifMatch(row.version) }
}

export function useSetDiscountLimit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ role, etag, max_percent }: { role: Role; etag: string; max_percent: string | null }) =>
      unwrap(api.PATCH('/api/v1/discount-limits/{role}', { params: { path: { role }, header: { 'If-Match': etag } }, body: { max_percent } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['discount-limits'] }),
  })
}
