import type { ConflictSetup } from '@/components/forms/conflict-types'
import { formatDate } from '@/lib/format'
import { getSalesOrder } from '../api/get-sales-orders'
import { useUpdateSalesOrder, type SalesOrderUpdate } from '../api/save-sales-order'
import { orderComparable, orderToValues, type SalesOrderFormValues } from './sales-order-form-values'

type LineIn = { description?: string | null; quantity: unknown; discount_percent?: unknown }

function linesText(value: unknown): string {
  return (value as LineIn[]).map((l, i) => `${i + 1}. ${l.description ?? 'product'} × ${String(l.quantity)}, ${String(l.discount_percent ?? 0)}% off`).join('\n')
}

/** How the draft order's edit resolves a 412: header fields and the lines as a whole. */
export function useSalesOrderConflict(id: string, onSaved: () => void): ConflictSetup<SalesOrderFormValues> {
  const update = useUpdateSalesOrder()
  return {
    fields: [
      { key: 'contact_id', label: 'Contact' },
      { key: 'opportunity_id', label: 'Deal' },
      { key: 'customer_po_number', label: 'Customer PO number' },
      { key: 'customer_po_date', label: 'PO date', format: (v) => formatDate(String(v)) },
      { key: 'payment_terms_days', label: 'Payment terms (days)' },
      { key: 'delivery_terms', label: 'Delivery terms' },
      { key: 'delivery_address', label: 'Delivery address' },
      { key: 'terms', label: 'Terms' },
      { key: 'notes', label: 'Notes' },
      { key: 'lines', label: 'Lines', format: linesText },
    ],
    comparable: orderComparable,
    latest: async () => {
      const { data, etag } = await getSalesOrder(id)
      return { values: orderComparable(orderToValues(data)), etag }
    },
    save: (body, etag) => update.mutateAsync({ id, etag, body: body as SalesOrderUpdate }),
    onSaved,
  }
}
