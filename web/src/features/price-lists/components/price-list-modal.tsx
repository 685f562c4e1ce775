import { Checkbox, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { CustomerSelect } from '@/components/ui/customer-select'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { useFormSubmit } from '@/lib/forms'
import { DATE_INPUT_FORMAT, formatDate, toIsoDate } from '@/lib/format'
import { changedValues } from '@/lib/three-way-merge'
import { getPriceList, useSavePriceList, type PriceList, type PriceListUpdate } from '../api/price-lists'

type Scope = PriceList['scope']
export const SCOPES: { value: Scope; label: string }[] = [
  { value: 'default', label: 'Default (everyone)' },
  { value: 'segment', label: 'A customer segment' },
  { value: 'customer', label: 'One customer' },
]

interface ListValues {
  name: string
  currency: string
  valid_from: string | null
  valid_to: string | null
  scope: Scope
  segment: string
  customer_id: string | null
  is_active: boolean
  notes: string
}

const toValues = (p?: PriceList): ListValues => ({
  name: p?.name ?? '',
  currency: p?.currency ?? 'INR',
  valid_from: p?.valid_from ?? toIsoDate(new Date()),
  valid_to: p?.valid_to ?? null,
  scope: p?.scope ?? 'default',
  segment: p?.segment ?? '',
  customer_id: p?.customer_id ?? null,
  is_active: p?.is_active ?? true,
  notes: p?.notes ?? '',
})
const comparable = (v: ListValues) => ({
  name: v.name.trim(),
  currency: v.currency,
  valid_from: v.valid_from ?? '',
  valid_to: v.valid_to,
  scope: v.scope,
  segment: v.scope === 'segment' ? v.segment.trim() || null : null,
  customer_id: v.scope === 'customer' ? v.customer_id : null,
  is_active: v.is_active,
  notes: v.notes.trim() || null,
})

function usePriceListConflict(id: string, onSaved: () => void): ConflictSetup<ListValues> {
  const save = useSavePriceList()
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'valid_from', label: 'Valid from', format: (v) => formatDate(String(v)) },
      { key: 'valid_to', label: 'Valid to', format: (v) => formatDate(String(v)) },
      { key: 'scope', label: 'Applies to' },
      { key: 'segment', label: 'Segment' },
      { key: 'customer_id', label: 'Customer' },
      { key: 'is_active', label: 'Active' },
      { key: 'notes', label: 'Notes' },
    ],
    comparable,
    latest: async () => {
      const { data, etag } = await getPriceList(id)
      return { values: comparable(toValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ id, etag, update: body as PriceListUpdate }),
    onSaved,
  }
}

/** A price list's header: currency, validity, and whom it applies to. */
export function PriceListModal({ priceList, onClose }: { priceList?: PriceList; onClose: () => void }) {
  const save = useSavePriceList()
  const intent = useIntentKey()
  const navigate = useNavigate()
  const [initial] = useState(() => toValues(priceList))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Price list saved' })
    onClose()
  }
  const resolve = usePriceListConflict(priceList?.id ?? '', saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() ? null : 'Name is required'),
      valid_from: (v) => (v ? null : 'Pick the first day'),
      segment: (v, values) => (values.scope !== 'segment' || v.trim() ? null : 'Name the segment'),
      customer_id: (v, values) => (values.scope !== 'customer' || v ? null : 'Pick the customer'),
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: priceList ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = comparable(v)
      if (priceList) {
        const { currency: _currency, ...update } = changedValues(comparable(initial), body)
        if (Object.keys(update).length) await save.mutateAsync({ id: priceList.id, etag: ifMatch(priceList.version), update: update as PriceListUpdate })
        saved()
      } else {
        const created = await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
        saved()
        navigate(`/admin/price-lists/${created.id}`)
      }
    },
  })
  const scope = form.getValues().scope
  return (
    <Modal opened onClose={onClose} title={priceList ? `Edit ${priceList.name}` : 'New price list'} size="lg">
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <Select label="Currency" allowDeselect={false} disabled={Boolean(priceList)} data={['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD']} {...form.getInputProps('currency')} />
            <DateInput label="Valid from" required valueFormat={DATE_INPUT_FORMAT} {...form.getInputProps('valid_from')} />
            <DateInput label="Valid to" placeholder="Open-ended" clearable valueFormat={DATE_INPUT_FORMAT} {...form.getInputProps('valid_to')} />
            <Select label="Applies to" allowDeselect={false} data={SCOPES} {...form.getInputProps('scope')} />
            {scope === 'segment' ? <TextInput label="Segment" required placeholder="key-account" {...form.getInputProps('segment')} /> : null}
            {scope === 'customer' ? <CustomerSelect label="Customer" required {...form.getInputProps('customer_id')} /> : null}
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <Checkbox label="Active" {...form.getInputProps('is_active', { type: 'checkbox' })} />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
