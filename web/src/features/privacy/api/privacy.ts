import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap, unwrapFile } from '@/lib/api/client'
import { nextCursor, PAGE_SIZE } from '@/lib/api/pagination'
import type { Schema } from '@/lib/api/types'
import { saveFile } from '@/lib/list-tools/endpoints'
import { compact } from '@/lib/url-state'

export type Erasure = Schema<'ErasureRead'>
export type ErasureCreate = Schema<'ErasureCreate'>
export type SubjectKind = Schema<'SubjectKind'>
export type Contact = Schema<'ContactRead'>
export type Lead = Schema<'LeadRead'>

/** A person as the privacy page picked them: a contact or a lead, with what names them. */
export interface Subject {
  kind: SubjectKind
  id: string
  name: string
  email: string | null
  phone: string | null
  /** Where the record is held: the contact's customer, the lead's company. */
  context: string | null
}

export const erasuresQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['privacy', 'erasures'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/privacy/erasures', { params: { query: compact({ limit: PAGE_SIZE, cursor: pageParam }) } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  })

export function useErasures() {
  return useInfiniteQuery(erasuresQueryOptions())
}

/** The contacts of one customer, to pick the person among them. */
export function useCustomerContacts(customerId: string | null) {
  return useQuery(
    queryOptions({
      queryKey: ['customers', 'contacts', customerId],
      queryFn: () => unwrap(api.GET('/api/v1/customers/{customer_id}/contacts', { params: { path: { customer_id: customerId ?? '' } } })),
      enabled: Boolean(customerId),
    }),
  )
}

/** Leads by name, company, e-mail or phone, to pick the person among them. */
export function useLeadSearch(q: string) {
  return useQuery(
    queryOptions({
      queryKey: ['leads', 'search', q],
      queryFn: () => unwrap(api.GET('/api/v1/leads', { params: { query: { q: q || undefined, limit: 20 } } })),
      select: (page) => page.items,
      placeholderData: keepPreviousData,
    }),
  )
}

/** Downloads everything held about the person, as the JSON file to hand them. */
export function useExportSubject() {
  return useMutation({
    mutationFn: (subject: Pick<Subject, 'kind' | 'id'>) =>
      unwrapFile(
        api.GET('/api/v1/privacy/subjects/{kind}/{subject_id}/export', { params: { path: { kind: subject.kind, subject_id: subject.id } }, parseAs: 'blob' }),
        `personal-data-${subject.kind}-${subject.id}.json`,
      ),
    onSuccess: saveFile,
  })
}

/** Erases the person everywhere (with the Idempotency-Key of the intent); the answer is the erasure record. */
export function useEraseSubject() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: ErasureCreate; key: string }) => unwrap(api.POST('/api/v1/privacy/erasures', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['privacy'] }), queryClient.invalidateQueries({ queryKey: ['customers'] }), queryClient.invalidateQueries({ queryKey: ['leads'] })]),
  })
}
