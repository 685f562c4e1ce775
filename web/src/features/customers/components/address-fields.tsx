import { ActionIcon, Button, Card, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { emptyAddress, type CustomerFormValues } from './customer-form-values'

type Form = UseFormReturnType<CustomerFormValues>

/** The form is uncontrolled: only this line re-renders when the latitude changes. */
function CoordinatesHint({ form, index }: { form: Form; index: number }) {
  const path = `addresses.${index}.latitude` as const
  const [missing, setMissing] = useState(() => form.getValues().addresses[index]?.latitude === '')
  form.watch(path, ({ value }) => setMissing(value === ''))
  return missing ? (
    <Text size="xs" c="dimmed" mt="xs">
      Without coordinates the address is not shown on maps.
    </Text>
  ) : null
}

export function AddressFields({ form }: { form: Form }) {
  const addresses = form.getValues().addresses
  return (
    <Stack gap="sm">
      {addresses.map((_address, index) => (
        <Card key={index} withBorder padding="md" bg="gray.0">
          <Group justify="space-between" mb="sm">
            <SegmentedControl
              size="xs"
              data={[
                { value: 'billing', label: 'Billing' },
                { value: 'shipping', label: 'Shipping' },
              ]}
              aria-label={`Address ${index + 1} kind`}
              key={form.key(`addresses.${index}.kind`)}
              {...form.getInputProps(`addresses.${index}.kind`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove address ${index + 1}`}
              onClick={() => form.removeListItem('addresses', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Address line 1" required key={form.key(`addresses.${index}.line1`)} {...form.getInputProps(`addresses.${index}.line1`)} />
            <TextInput label="Address line 2" key={form.key(`addresses.${index}.line2`)} {...form.getInputProps(`addresses.${index}.line2`)} />
            <TextInput label="City" required key={form.key(`addresses.${index}.city`)} {...form.getInputProps(`addresses.${index}.city`)} />
            <TextInput label="State" key={form.key(`addresses.${index}.state`)} {...form.getInputProps(`addresses.${index}.state`)} />
            <TextInput label="Postal code" key={form.key(`addresses.${index}.postal_code`)} {...form.getInputProps(`addresses.${index}.postal_code`)} />
            <TextInput label="Country (ISO code)" maxLength={2} key={form.key(`addresses.${index}.country`)} {...form.getInputProps(`addresses.${index}.country`)} />
            <NumberInput
              label="Latitude"
              decimalScale={6}
              min={-90}
              max={90}
              hideControls
              key={form.key(`addresses.${index}.latitude`)}
              {...form.getInputProps(`addresses.${index}.latitude`)}
            />
            <NumberInput
              label="Longitude"
              decimalScale={6}
              min={-180}
              max={180}
              hideControls
              key={form.key(`addresses.${index}.longitude`)}
              {...form.getInputProps(`addresses.${index}.longitude`)}
            />
          </SimpleGrid>
          <CoordinatesHint form={form} index={index} />
        </Card>
      ))}
      {addresses.length < 10 ? (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('addresses', emptyAddress(addresses.length === 0 ? 'billing' : 'shipping'))}
          >
            Add address
          </Button>
        </Group>
      ) : null}
    </Stack>
  )
}
