import { Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import type { ConflictSetup } from '@/components/forms/conflict-types'
import { ifMatch } from '@/lib/api/client'
import { useIntentKey } from '@/lib/api/intent-key'
import { isDecimal } from '@/lib/decimal'
import { useFormSubmit } from '@/lib/forms'
import { groupName, taxCategoryName, useProductGroups, useTaxCategories, type Product } from '@/lib/lookups/catalogue'
import { changedValues } from '@/lib/three-way-merge'
import { getProduct, useSaveProduct, type ProductUpdate } from '../api/products'
import { productComparable, productToValues, type ProductFormValues } from './product-form-values'

function useProductConflict(productId: string, onSaved: () => void): ConflictSetup<ProductFormValues> {
  const save = useSaveProduct()
  const groups = useProductGroups()
  const taxes = useTaxCategories()
  return {
    fields: [
      { key: 'sku', label: 'SKU' },
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description' },
      { key: 'group_id', label: 'Group', format: (v) => groupName(groups.data, String(v)) },
      { key: 'unit', label: 'Unit' },
      { key: 'kind', label: 'Kind' },
      { key: 'supply_method', label: 'A shortfall is' },
      { key: 'reorder_level', label: 'Reorder level' },
      { key: 'hsn_sac_code', label: 'HSN/SAC code' },
      { key: 'tax_category_id', label: 'Tax category', format: (v) => taxCategoryName(taxes.data, String(v)) },
      { key: 'list_price', label: 'List price' },
      { key: 'currency', label: 'Currency' },
      { key: 'cost', label: 'Cost' },
      { key: 'is_active', label: 'Active' },
      { key: 'external_id', label: 'External ERP id' },
    ],
    comparable: productComparable,
    latest: async () => {
      const { data, etag } = await getProduct(productId)
      return { values: productComparable(productToValues(data)), etag }
    },
    save: (body, etag) => save.mutateAsync({ productId, etag, update: body as ProductUpdate }),
    onSaved,
  }
}

const money = (v: string) => (isDecimal(v) ? null : 'Enter an amount like 1249.50')

export function ProductModal({ product, onClose }: { product?: Product; onClose: () => void }) {
  const save = useSaveProduct()
  const intent = useIntentKey()
  const groups = useProductGroups()
  const taxes = useTaxCategories()
  const [initial] = useState(() => productToValues(product))
  const saved = () => {
    notifications.show({ color: 'green', message: 'Product saved' })
    onClose()
  }
  const resolve = useProductConflict(product?.id ?? '', saved)
  const form = useForm({
    initialValues: initial,
    validate: {
      sku: (v) => (v.trim() ? null : 'SKU is required'),
      name: (v) => (v.trim() ? null : 'Name is required'),
      tax_category_id: (v) => (v ? null : 'Pick a tax category'),
      list_price: money,
      cost: (v) => (v.trim() === '' ? null : money(v)),
    },
  })
  const saving = useFormSubmit({
    form,
    conflict: product ? resolve : undefined,
    initialValues: initial,
    onSubmit: async (v) => {
      const body = productComparable(v)
      if (product) {
        const update = changedValues(productComparable(initial) as Record<string, unknown>, body as Record<string, unknown>)
        if (Object.keys(update).length) await save.mutateAsync({ productId: product.id, etag: ifMatch(product.version), update: update as ProductUpdate })
      } else await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      saved()
    },
  })
  return (
    <Modal opened onClose={onClose} title={product ? `Edit ${product.name}` : 'New product'} size="lg">
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="SKU" required data-autofocus {...form.getInputProps('sku')} />
            <TextInput label="Name" required {...form.getInputProps('name')} />
            <Select label="Group" clearable data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} {...form.getInputProps('group_id')} />
            <Select
              label="Kind"
              allowDeselect={false}
              data={[
                { value: 'goods', label: 'Goods' },
                { value: 'service', label: 'Service' },
              ]}
              {...form.getInputProps('kind')}
            />
            <Select
              label="A shortfall is"
              allowDeselect={false}
              data={[
                { value: 'purchase', label: 'Bought in (purchase request)' },
                { value: 'manufacture', label: 'Made in-house (job order)' },
              ]}
              {...form.getInputProps('supply_method')}
            />
            <TextInput label="Reorder level" inputMode="decimal" {...form.getInputProps('reorder_level')} />
            <TextInput label="Unit" placeholder="nos, kg, m, hour" {...form.getInputProps('unit')} />
            <TextInput label="HSN/SAC code" placeholder="8413 or 998719" {...form.getInputProps('hsn_sac_code')} />
            <Select
              label="Tax category"
              required
              data={(taxes.data ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.rate}%)` }))}
              {...form.getInputProps('tax_category_id')}
            />
            <Group grow align="flex-start">
              <TextInput label="List price" required inputMode="decimal" {...form.getInputProps('list_price')} />
              <Select label="Currency" allowDeselect={false} data={['INR', 'USD', 'EUR', 'GBP', 'AED', 'SGD']} {...form.getInputProps('currency')} />
            </Group>
            <TextInput label="Cost" inputMode="decimal" {...form.getInputProps('cost')} />
            <TextInput label="External ERP id" {...form.getInputProps('external_id')} />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Checkbox label="Active (offered on new quotes)" {...form.getInputProps('is_active', { type: 'checkbox' })} />
          <FormFooter saving={saving} resolve={resolve} onStartOver={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
