import { Checkbox, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { isDecimal } from '@/lib/decimal'
import { useFormSubmit } from '@/lib/forms'
import type { TaxCategory } from '@/lib/lookups/catalogue'
import { changedValues } from '@/lib/three-way-merge'
import { getTaxCategory, useSaveTaxCategory, type TaxCategoryUpdate } from '../api/taxes'

type Treatment = TaxCategory['treatment']
interface TaxValues {
  code: string
  name: string
  description: string
  treatment: Treatment
  rate: string
  is_active: boolean
}

export const TREATMENTS: { value: Treatment; label: string }[] = [
  { value: 'taxable', label: 'Taxable (GST at the rate)' },
  { value: 'zero_rated', label: 'Zero-rated' },
  { value: 'exempt', label: 'Exempt' },
]

const toValues = (t?: TaxCategory): TaxValues => ({
  code: t?.code ?? '',
  name: t?.name ?? '',
  description: t?.description ?? '',
  treatment: t?.treatment ?? 'taxable',
  rate: t?.rate ?? '18',
  is_active: t?.is_active ?? true,
})
const comparable = (v: TaxValues) => ({
  code: v.code.trim().toUpperCase(),
  name: v.name.trim(),
  description: v.description.trim() || null,
  treatment: v.treatment,
  rate: v.treatment === 'taxable' ? v.rate.trim() : '0',
  is_active: v.is_active,
})

function useTaxConflict(id: string, onSaved: () => void): ConflictSetup<TaxValues> {
  const save = useSaveTaxCategory()
  return {
    fields: [
      { key: 'code', label: 'Code' },
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description' },
      { key: 'treatment', label: 'Treatment' },
      { key: 'rate', label: 'GST rate', format: (v) => `${String(v)}%` },
      { key: 'is_active', label: 'Active' },
    ],
    comparable,
    latest: async () => {
      const { data, etag } = await getTaxCategory(id)
      return { values: comparable(toValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ id, etag, update: body as TaxCategoryUpdate }),
    onSaved,
  }
}

/** A tax category: its GST rate (split CGST + SGST within the state, IGST across), or zero-rated / exempt. */
export function TaxModal({ category, onClose }: { category?: TaxCategory; onClose: () => void }) {
  const save = useSaveTaxCategory()
  const intent = useIntentKey()
  const [initial] = useState(() => toValues(category))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Tax category saved' })
    onClose()
  }
  const resolve = useTaxConflict(category?.id ?? '', saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      code: (v) => (/^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/.test(v.trim()) ? null : 'Letters, digits, - and _ (up to 20)'),
      name: (v) => (v.trim() ? null : 'Name is required'),
      rate: (v, values) => (values.treatment !== 'taxable' || (isDecimal(v) && Number(v) >= 0 && Number(v) <= 100) ? null : 'A rate between 0 and 100'),
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: category ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = comparable(v)
      if (category) {
        const update = changedValues(comparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ id: category.id, etag: ifMatch(category.version), update: update as TaxCategoryUpdate })
      } else await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      saved()
    },
  })
  const taxable = form.getValues().treatment === 'taxable'
  return (
    <Modal opened onClose={onClose} title={category ? `Edit ${category.name}` : 'New tax category'}>
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Code" required placeholder="GST18" data-autofocus {...form.getInputProps('code')} />
            <TextInput label="Name" required placeholder="GST 18%" {...form.getInputProps('name')} />
            <Select label="Treatment" allowDeselect={false} data={TREATMENTS} {...form.getInputProps('treatment')} />
            <TextInput label="GST rate %" inputMode="decimal" disabled={!taxable} description="Split in half as CGST + SGST within the state" {...form.getInputProps('rate')} />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Checkbox label="Active" {...form.getInputProps('is_active', { type: 'checkbox' })} />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
