import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { DuplicateCandidate } from './create-lead'

/** The details the API matches twins on; only values that could match are sent. */
export interface DuplicateInput {
  email?: string
  phone?: string
  tax_id?: string
}

const EMAIL = /^\S+@\S+\.\S+$/
const GSTIN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

/**
 * What is worth checking of what the user typed so far: a whole email, a phone
 * number with at least 8 digits (the API compares the last 10), a whole GSTIN.
 * Null when nothing is: half an address or a few digits match nothing.
 */
export function duplicateInput(values: { email: string; phone: string; tax_id: string }): DuplicateInput | null {
  const input: DuplicateInput = {}
  const email = values.email.trim()
  if (EMAIL.test(email)) input.email = email.toLowerCase()
  const phone = values.phone.trim()
  if (phone.replace(/\D/g, '').length >= 8) input.phone = phone
  const taxId = values.tax_id.trim().toUpperCase()
  if (GSTIN.test(taxId)) input.tax_id = taxId
  return Object.keys(input).length ? input : null
}

/**
 * The duplicate check of a capture, without capturing. The query's signal is
 * handed to fetch: when newer input replaces this one, the stale request is
 * aborted rather than answered late.
 */
export const duplicateCheckQueryOptions = (input: DuplicateInput | null) =>
  queryOptions({
    queryKey: ['leads', 'duplicates', input],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/leads/duplicates', { params: { query: input ?? {} }, signal })).then(
        (answer): DuplicateCandidate[] => answer.candidates,
      ),
    enabled: input !== null,
    staleTime: 30_000,
    // While the next check runs, the last answer stays on screen (no flicker per key).
    placeholderData: keepPreviousData,
  })

export function useDuplicateCheck(input: DuplicateInput | null) {
  return useQuery(duplicateCheckQueryOptions(input))
}
