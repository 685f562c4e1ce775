import { ActionIcon, Anchor, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { FormFooter } from '@/components/forms/form-footer'
import { ProductSelect } from '@/components/ui/product-select'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { ifMatch } from '@/lib/api/client'
import { flattenPages } from '@/lib/api/pagination'
import { useIntentKey } from '@/lib/api/intent-key'
import { describeError } from '@/lib/api/problem'
import { isDecimal, trimZeros } from '@/lib/decimal'
import { useFormSubmit } from '@/lib/forms'
import { formatMoney } from '@/lib/format'
import { useProduct } from '@/lib/lookups/catalogue'
import { usePriceListLines, useSavePriceListLine, type PriceList, type PriceListLine } from '../api/price-lists'

function LineModal({ priceList, line, onClose }: { priceList: PriceList; line?: PriceListLine; onClose: () => void }) {
  const save = useSavePriceListLine(priceList.id)
  const intent = useIntentKey()
  const form = useForm({
    initialValues: { product_id: line?.product_id ?? null, min_quantity: line ? trimZeros(line.min_quantity) : '1', unit_price: line ? trimZeros(line.unit_price) : '' },
    validate: {
      product_id: (v) => (v ? null : 'Pick a product'),
      min_quantity: (v) => (isDecimal(v) && Number(v) > 0 ? null : 'More than 0'),
      unit_price: (v) => (isDecimal(v) && Number(v) >= 0 ? null : 'Enter a price like 1249.50'),
    },
  })
  const saving = useFormSubmit({
    form,
    onSubmit: async (v) => {
      if (line) {
        // A stale version answers 412: the alert offers to close and reopen with the stored values.
        await save.mutateAsync({ lineId: line.id, etag: ifMatch(line.version), update: { min_quantity: v.min_quantity.trim(), unit_price: v.unit_price.trim() } })
      } else {
        const body = { product_id: v.product_id ?? '', min_quantity: v.min_quantity.trim(), unit_price: v.unit_price.trim() }
        await intent.send(body, (key) => save.mutateAsync({ create: body, key }))
      }
      notifications.show({ color: 'green', message: 'Price saved' })
      onClose()
    },
  })
  return (
    <Modal opened onClose={onClose} title={line ? 'Edit price' : 'Add a price'}>
      <form onSubmit={saving.submit} noValidate>
        <Stack>
          <ProductSelect label="Product" required disabled={Boolean(line)} data-autofocus {...form.getInputProps('product_id')} />
          <TextInput label="From quantity" description="A quantity break: this price applies from this many units" inputMode="decimal" {...form.getInputProps('min_quantity')} />
          <TextInput label={`Unit price (${priceList.currency})`} required inputMode="decimal" {...form.getInputProps('unit_price')} />
          <FormFooter saving={saving} onReload={onClose} onCancel={onClose} submitLabel="Save" loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

function ProductCell({ productId }: { productId: string }) {
  const product = useProduct(productId)
  return (
    <Text size="sm">
      {product.data ? (
        <>
          <Text span ff="monospace" size="sm">
            {product.data.sku}
          </Text>{' '}
          {product.data.name}
        </>
      ) : (
        '…'
      )}
    </Text>
  )
}

/** The list's items: one price per product and quantity break, sorted by product then quantity. */
export function PriceListLines({ priceList }: { priceList: PriceList }) {
  const query = usePriceListLines(priceList.id)
  const save = useSavePriceListLine(priceList.id)
  const [editing, setEditing] = useState<PriceListLine | 'new' | null>(null)
  const lines = flattenPages(query.data).sort((a, b) => a.product_id.localeCompare(b.product_id) || Number(a.min_quantity) - Number(b.min_quantity))
  const remove = (l: PriceListLine) =>
    save.mutate(
      { lineId: l.id, etag: ifMatch(l.version), remove: true },
      { onError: (e) => notifications.show({ color: 'red', message: describeError(e) }) },
    )
  return (
    <Card p={0}>
      <Group justify="space-between" p="md">
        <Title order={4}>Prices</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
          Add price
        </Button>
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : lines.length === 0 ? (
        <EmptyState title="No prices yet" description="Products not listed here take the product's list price." />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Price list items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th ta="right">From quantity</Table.Th>
                <Table.Th ta="right">Unit price</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, i) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{i > 0 && lines[i - 1]?.product_id === l.product_id ? <Text size="xs" c="dimmed" pl="md">Quantity break</Text> : <ProductCell productId={l.product_id} />}</Table.Td>
                  <Table.Td ta="right">{trimZeros(l.min_quantity)}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor component="button" type="button" size="sm" onClick={() => setEditing(l)}>
                      {formatMoney(l.unit_price, priceList.currency)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon variant="subtle" color="red" aria-label="Remove this price" onClick={() => remove(l)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? <LineModal priceList={priceList} line={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  )
}
