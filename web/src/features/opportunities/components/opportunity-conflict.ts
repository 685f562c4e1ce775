import type { ConflictSetup } from '@/components/forms/conflict-types'
import { formatDate, formatMoney, formatPercent } from '@/lib/format'
import type { Opportunity } from '../api/get-board'
import { getOpportunity } from '../api/get-opportunity'
import { useUpdateOpportunity, type OpportunityUpdate } from '../api/save-opportunity'

export interface OpportunityEditValues {
  title: string
  amount: string
  expected_close_date: string | null
  probability: number | string
  notes: string
}

export function opportunityToEditValues(o: Opportunity): OpportunityEditValues {
  return {
    title: o.title,
    amount: o.amount,
    expected_close_date: o.expected_close_date,
    probability: o.probability,
    notes: o.notes ?? '',
  }
}

/** The fields as the PATCH body carries them. */
export function opportunityComparable(v: OpportunityEditValues) {
  return {
    title: v.title.trim(),
    // The decimal string as typed: money never passes through a float.
    amount: v.amount.trim(),
    expected_close_date: v.expected_close_date,
    probability: v.probability === '' ? null : Number(v.probability),
    notes: v.notes.trim() || null,
  }
}

/** How the deal edit resolves a 412: its fields, labelled and formatted as on the deal's page. */
export function useOpportunityConflict(o: Opportunity, onSaved: () => void): ConflictSetup<OpportunityEditValues> {
  const update = useUpdateOpportunity()
  return {
    fields: [
      { key: 'title', label: 'Title' },
      { key: 'amount', label: 'Amount', format: (v) => formatMoney(String(v), o.currency) },
      { key: 'expected_close_date', label: 'Expected close', format: (v) => formatDate(String(v)) },
      { key: 'probability', label: 'Probability', format: (v) => formatPercent(v as number) },
      { key: 'notes', label: 'Notes' },
    ],
    comparable: opportunityComparable,
    latest: async () => {
      const { data, etag } = await getOpportunity(o.id)
      return { values: opportunityComparable(opportunityToEditValues(data as Opportunity)), etag }
    },
    save: (body, etag) => update.mutateAsync({ opportunityId: o.id, etag, body: body as OpportunityUpdate }),
    onSaved,
  }
}
