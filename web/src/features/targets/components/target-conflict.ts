import type { ConflictSetup } from '@/components/forms/conflict-types'
import { formatMoney } from '@/lib/format'
import type { TargetPeriod } from '@/lib/periods'
import { getTarget, useSaveTarget, type Target, type TargetSubject, type TargetUpdate } from '../api/targets'

export interface TargetValues {
  subject: TargetSubject
  engineer_id: string | null
  team_id: string | null
  territory_id: string | null
  period: TargetPeriod
  period_start: string | null
  currency: string
  revenue: string
  quantity: string
  visits: number | string
  notes: string
}

export function targetToValues(target?: Target): TargetValues {
  return {
    subject: target?.subject ?? 'engineer',
    engineer_id: target?.engineer_id ?? null,
    team_id: target?.team_id ?? null,
    territory_id: target?.territory_id ?? null,
    period: target?.period ?? 'month',
    period_start: target?.period_start ?? null,
    currency: target?.currency ?? 'INR',
    revenue: target?.revenue ?? '',
    quantity: target?.quantity ?? '',
    visits: target?.visits ?? '',
    notes: target?.notes ?? '',
  }
}

/** The figures an edit may change, as the PATCH carries them (a cleared optional figure is null). */
export function targetFigures(v: TargetValues): TargetUpdate {
  return {
    revenue: v.revenue.trim(),
    quantity: v.quantity.trim() || null,
    visits: v.visits === '' ? null : Number(v.visits),
    notes: v.notes.trim() || null,
  }
}

/** How the target edit resolves a 412: its figures, labelled as in the form, revenue as money. */
export function useTargetConflict(target: Target | undefined, onSaved: () => void): ConflictSetup<TargetValues> {
  const save = useSaveTarget()
  const targetId = target?.id ?? ''
  return {
    fields: [
      { key: 'revenue', label: 'Revenue', format: (v) => formatMoney(String(v), target?.currency ?? 'INR') },
      { key: 'quantity', label: 'Units' },
      { key: 'visits', label: 'Visits' },
      { key: 'notes', label: 'Notes' },
    ],
    comparable: targetFigures,
    latest: async () => {
      const { data, etag } = await getTarget(targetId)
      return { values: targetFigures(targetToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ targetId, etag, update: body as TargetUpdate }),
    onSaved,
  }
}
