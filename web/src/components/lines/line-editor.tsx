import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react'
import { ProductSelect } from '@/components/ui/product-select'
import { trimZeros } from '@/lib/decimal'
import { formatPercent } from '@/lib/format'
import { discountOverLimit, emptyLine, isPriceOverridden, linesOverLimit } from './line-drafts'
import type { PricedLinesValues } from './use-line-pricing'

// The price's rule and the limit hint sit under their inputs, so the row's inputs stay in line.
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error']

interface LineEditorProps<V extends PricedLinesValues> {
  form: UseFormReturnType<V>
  /** The caller's own discount limit (null: none; undefined: loading). */
  limit: string | null | undefined
  /** Ask the price lists again for line `index` (its product or quantity changed). */
  onReprice: (index: number) => void
  pricing: ReadonlySet<string>
  /** Quotes have optional lines the customer chooses; orders do not. */
  withOptional?: boolean
}

/** The builder's lines: product search, the list's price and its rule, quantity, discount, optional. */
export function LineEditor<V extends PricedLinesValues>({ form: typed, limit, onReprice, pricing, withOptional = true }: LineEditorProps<V>) {
  // Generic over the form's values; only its lines are read and written here.
  const form = typed as unknown as UseFormReturnType<PricedLinesValues>
  const shownLimit = formatPercent(limit ? trimZeros(limit) : limit)
  const lines = form.getValues().lines
  const over = linesOverLimit(lines, limit)
  return (
    <Card>
      <Group justify="space-between" mb="md">
        <Title order={4}>Lines</Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('lines', emptyLine())}>
          Add line
        </Button>
      </Group>
      <Stack gap="md">
        {lines.map((line, i) => {
          const path = `lines.${i}`
          const needsApproval = discountOverLimit(line.discount_percent, limit)
          return (
            <Card key={line.key} withBorder p="sm" role="group" aria-label={`Line ${i + 1}`}>
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    Line {i + 1}
                  </Text>
                  {line.is_optional ? <Badge size="xs" variant="light">Optional</Badge> : null}
                </Group>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove line ${i + 1}`}
                  disabled={lines.length === 1}
                  onClick={() => form.removeListItem('lines', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                <ProductSelect
                  label="Product"
                  placeholder="Search SKU or name"
                  required
                  {...form.getInputProps(`${path}.product_id`)}
                  onChange={(v) => {
                    form.setFieldValue(`${path}.product_id`, v)
                    form.setFieldValue(`${path}.suggested`, null)
                    form.setFieldValue(`${path}.unit_price`, '')
                    onReprice(i)
                  }}
                />
                <TextInput
                  label="Quantity"
                  inputMode="decimal"
                  required
                  {...form.getInputProps(`${path}.quantity`)}
                  onBlur={() => onReprice(i)}
                />
                <TextInput
                  label="Unit price"
                  inputMode="decimal"
                  inputWrapperOrder={BELOW}
                  placeholder={pricing.has(line.key) ? 'Pricing…' : 'From the price list'}
                  description={
                    line.suggested
                      ? isPriceOverridden(line)
                        ? `Typed by hand (price list: ${line.suggested.unit_price})`
                        : line.suggested.rule
                      : undefined
                  }
                  {...form.getInputProps(`${path}.unit_price`)}
                />
                <TextInput
                  label="Discount %"
                  inputMode="decimal"
                  inputWrapperOrder={BELOW}
                  {...form.getInputProps(`${path}.discount_percent`)}
                  description={needsApproval ? `Above your limit of ${shownLimit}` : undefined}
                  styles={needsApproval ? { description: { color: 'var(--mantine-color-orange-8)' } } : undefined}
                />
              </SimpleGrid>
              <Group mt="sm" align="flex-end" wrap="wrap">
                <TextInput label="Description" placeholder="The product's name" style={{ flex: 1, minWidth: 200 }} {...form.getInputProps(`${path}.description`)} />
                {withOptional ? <Checkbox label="Optional (the customer chooses)" {...form.getInputProps(`${path}.is_optional`, { type: 'checkbox' })} /> : null}
              </Group>
            </Card>
          )
        })}
      </Stack>
      {over.length > 0 ? (
        <Alert mt="md" color="orange" icon={<IconAlertTriangle size={18} />} title="This quote will need approval" role="status">
          {over.length === 1 ? `Line ${over[0]} has` : `Lines ${over.join(', ')} have`} a discount above your limit of {shownLimit}. When you
          submit it, it waits for your sales head&apos;s approval before it can be sent.
        </Alert>
      ) : null}
    </Card>
  )
}
