import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { ApiError } from '@/lib/api/problem'
import type { Schema } from '@/lib/api/types'

export type LeadCreate = Schema<'LeadCreate'>
export type DuplicateCandidate = Schema<'DuplicateCandidate'>

/** The twins a 409 `leads.possible_duplicates` answer lists, or null for any other error. */
export function duplicateCandidates(error: unknown): DuplicateCandidate[] | null {
  if (!(error instanceof ApiError) || error.code !== 'leads.possible_duplicates') return null
  const candidates = error.body.candidates
  return Array.isArray(candidates) ? (candidates as DuplicateCandidate[]) : []
}

/**
 * Captures a lead. The idempotency key is the form's: re-sending the same
 * capture (e.g. "create anyway" after the duplicate warning changes the body,
 * so it gets its own key) never makes two leads.
 */
export function useCreateLead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: LeadCreate; key: string }) =>
      unwrap(api.POST('/api/v1/leads', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['leads'] }),
  })
}
