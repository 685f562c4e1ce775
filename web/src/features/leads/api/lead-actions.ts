import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { Schema } from '@/lib/api/types'

export type LeadConvert = Schema<'LeadConvert'>
export type LeadConversion = Schema<'LeadConversion'>

function useLeadInvalidation(leadId: string) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['leads'] }),
      queryClient.invalidateQueries({ queryKey: ['leads', 'detail', leadId] }),
    ])
}

const path = (leadId: string) => ({ path: { lead_id: leadId } })

export function useLeadStatusAction(leadId: string) {
  const invalidate = useLeadInvalidation(leadId)
  return useMutation({
    mutationFn: (action: { kind: 'contact' } | { kind: 'qualify' } | { kind: 'disqualify'; reason: string }) => {
      if (action.kind === 'contact') return unwrap(api.POST('/api/v1/leads/{lead_id}/contact', { params: path(leadId) }))
      if (action.kind === 'qualify') return unwrap(api.POST('/api/v1/leads/{lead_id}/qualify', { params: path(leadId) }))
      return unwrap(api.POST('/api/v1/leads/{lead_id}/disqualify', { params: path(leadId), body: { reason: action.reason } }))
    },
    onSuccess: invalidate,
  })
}

export function useAssignLead(leadId: string) {
  const invalidate = useLeadInvalidation(leadId)
  return useMutation({
    mutationFn: (body: { owner_id: string; territory_id?: string | null }) =>
      unwrap(api.POST('/api/v1/leads/{lead_id}/assign', { params: path(leadId), body })),
    onSuccess: invalidate,
  })
}

/** One key per dialog: a retried conversion returns the same customer and deal. */
export function useConvertLead(leadId: string) {
  const queryClient = useQueryClient()
  const invalidate = useLeadInvalidation(leadId)
  return useMutation({
    mutationFn: ({ body, key }: { body: LeadConvert; key: string }) =>
      unwrap(api.POST('/api/v1/leads/{lead_id}/convert', { params: path(leadId), body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () =>
      Promise.all([
        invalidate(),
        queryClient.invalidateQueries({ queryKey: ['customers'] }),
        queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
      ]),
  })
}

export type LeadUpdate = Schema<'LeadUpdate'>

/** PATCH with the ETag the page was loaded with: a stale one answers 412. */
export function useUpdateLead(leadId: string) {
  const invalidate = useLeadInvalidation(leadId)
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: LeadUpdate }) =>
      unwrap(api.PATCH('/api/v1/leads/{lead_id}', { params: { ...path(leadId), header: { 'If-Match': etag } }, body })),
    onSuccess: invalidate,
  })
}
