import type { UseFormReturnType } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toIsoDate } from '@/lib/format'
import { priceQueryOptions } from '@/lib/lookups/prices'
import { applySuggestedPrice, lineError, type LineDraft } from './line-drafts'

/** What a form with priced lines holds: the quote builder's and the sales order form's. */
export interface PricedLinesValues {
  customer_id: string | null
  currency: string | null
  lines: LineDraft[]
}

/**
 * Asks the price lists for a line's price when its product or quantity changes
 * (decision 0020) and fills the suggestion in, unless the user typed a price.
 * `pricing` holds the keys of the lines waiting for an answer.
 */
export function useLinePricing<V extends PricedLinesValues>(form: UseFormReturnType<V>) {
  const queryClient = useQueryClient()
  const [pricing, setPricing] = useState<ReadonlySet<string>>(new Set())
  // The form's own value type is generic here; its lines are the part read and written.
  const lines = form as unknown as UseFormReturnType<PricedLinesValues>

  const reprice = async (index: number) => {
    const v = lines.getValues()
    const line = v.lines[index]
    if (!v.customer_id || !line?.product_id || lineError(line, 'quantity')) return
    const ask = {
      customer_id: v.customer_id,
      product_id: line.product_id,
      quantity: line.quantity.trim(),
      date: toIsoDate(new Date()),
      ...(v.currency ? { currency: v.currency } : {}),
    }
    setPricing((s) => new Set(s).add(line.key))
    try {
      const price = await queryClient.fetchQuery(priceQueryOptions(ask))
      const now = lines.getValues().lines.findIndex((l) => l.key === line.key)
      const current = lines.getValues().lines[now]
      if (now >= 0 && current && current.product_id === line.product_id) lines.setFieldValue(`lines.${now}`, applySuggestedPrice(current, price))
    } catch {
      // No price answer: the user types the price, or the server prices the line on save.
    } finally {
      setPricing((s) => {
        const next = new Set(s)
        next.delete(line.key)
        return next
      })
    }
  }

  const repriceAll = () => lines.getValues().lines.forEach((_, i) => void reprice(i))
  return { pricing, reprice, repriceAll }
}
