import { Checkbox, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { ifMatch } from '@/lib/api/client'
import { stableJson, useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { useSaveWarehouse, type Warehouse } from '../api/inventory'

const toValues = (w?: Warehouse) => ({ code: w?.code ?? '', name: w?.name ?? '', address: w?.address ?? '', is_active: w?.is_active ?? true })
type Values = ReturnType<typeof toValues>
const comparable = (v: Values) => ({ code: v.code.trim(), name: v.name.trim(), address: v.address.trim() || null, is_active: v.is_active })

/** A warehouse: its short code (printed on stock pages), name, address and whether it is in use. */
export function WarehouseModal({ warehouse, onClose }: { warehouse?: Warehouse; onClose: () => void }) {
  const save = useSaveWarehouse()
  const intent = useIntentKey()
  const [initial] = useState(() => toValues(warehouse))
  const form = useForm({
    initialValues: initial,
    validate: { code: (v) => (v.trim() ? null : 'A short code, e.g. BLR-MAIN'), name: (v) => (v.trim() ? null : 'Name is required') },
  })
  const saving = useFormSubmit({
    form,
    onSubmit: async (v) => {
      const body = comparable(v)
      if (warehouse) {
        const before = comparable(initial)
        const update = Object.fromEntries(Object.entries(body).filter(([k, val]) => stableJson(val) !== stableJson(before[k as keyof typeof before])))
        if (Object.keys(update).length) await save.mutateAsync({ id: warehouse.id, etag: ifMatch(warehouse.version), update })
      } else await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      notifications.show({ color: 'green', message: 'Warehouse saved' })
      onClose()
    },
  })
  return (
    <Modal opened onClose={onClose} title={warehouse ? `Edit ${warehouse.code}` : 'New warehouse'}>
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Code" required placeholder="BLR-MAIN" data-autofocus {...form.getInputProps('code')} />
            <TextInput label="Name" required placeholder="Bengaluru main" {...form.getInputProps('name')} />
          </SimpleGrid>
          <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
          <Checkbox label="Active (stock can be received and reserved here)" {...form.getInputProps('is_active', { type: 'checkbox' })} />
          <FormFooter saving={saving} onReload={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
