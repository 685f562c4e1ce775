import { Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { FormFooter } from '@/components/forms/form-footer'
import { ProductSelect } from '@/components/ui/product-select'
import { useIntentKey } from '@/lib/api/intent-key'
import { compareDecimals, isDecimal } from '@/lib/decimal'
import { useFormSubmit } from '@/lib/forms'
import { useAdjustStock, useWarehouses } from '../api/inventory'

interface AdjustmentDialogProps {
  /** Prefilled from the row the dialog was opened on. */
  productId?: string | null
  warehouseId?: string | null
  onClose: () => void
}

interface Values {
  product_id: string | null
  warehouse_id: string | null
  quantity: string
  reason: string
}

/** A stock correction: what is on hand goes up (a positive quantity) or down (a negative one), with a reason. */
export function AdjustmentDialog({ productId = null, warehouseId = null, onClose }: AdjustmentDialogProps) {
  const adjust = useAdjustStock()
  const intent = useIntentKey()
  const warehouses = useWarehouses()
  const form = useForm<Values>({
    initialValues: { product_id: productId, warehouse_id: warehouseId, quantity: '', reason: '' },
    validate: {
      product_id: (v) => (v ? null : 'Pick a product'),
      warehouse_id: (v) => (v ? null : 'Pick a warehouse'),
      quantity: (v) => (isDecimal(v) && compareDecimals(v, '0') !== 0 ? null : 'A quantity other than 0 (negative takes stock out)'),
      reason: (v) => (v.trim() ? null : 'Say why (a count, damage, a found box…)'),
    },
  })
  const saving = useFormSubmit({
    form,
    focusFormId: 'adjustment-form',
    onSubmit: async (v) => {
      const body = { product_id: v.product_id ?? '', warehouse_id: v.warehouse_id ?? '', quantity: v.quantity.trim(), reason: v.reason.trim() }
      await intent.send(body, (key) => adjust.mutateAsync({ body, key }))
      notifications.show({ color: 'green', message: 'Stock adjusted' })
      onClose()
    },
  })
  const options = (warehouses.data ?? []).filter((w) => w.is_active).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))
  return (
    <Modal opened onClose={onClose} title="Adjust stock">
      <form id="adjustment-form" onSubmit={saving.submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Corrects what is on hand and records it in the ledger. Reserved stock cannot be taken out.
          </Text>
          <ProductSelect label="Product" required disabled={Boolean(productId)} {...form.getInputProps('product_id')} />
          <Select label="Warehouse" required data={options} disabled={Boolean(warehouseId)} {...form.getInputProps('warehouse_id')} />
          <TextInput label="Quantity" inputMode="decimal" required description="Positive adds to on hand; negative takes out" data-autofocus {...form.getInputProps('quantity')} />
          <TextInput label="Reason" required {...form.getInputProps('reason')} />
          <FormFooter saving={saving} onCancel={onClose} submitLabel="Adjust" loading={adjust.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
