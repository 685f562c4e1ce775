import { ActionIcon, Button, Card, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { emptyAddress, type CustomerFormValues } from './customer-form-values'

export function AddressFields({ form }: { form: UseFormReturnType<CustomerFormValues> }) {
  const addresses = form.getValues().addresses
  return (
    <Stack gap="sm">
      {addresses.map((address, index) => (
        <Card key={index} withBorder padding="md" bg="gray.0">
          <Group justify="space-between" mb="sm">
            <SegmentedControl
              size="xs"
              data={[
                { value: 'billing', label: 'Billing' },
                { value: 'shipping', label: 'Shipping' },
              ]}
              aria-label={`Address ${index + 1} kind`}
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
            <TextInput label="Address line 1" required {...form.getInputProps(`addresses.${index}.line1`)} />
            <TextInput label="Address line 2" {...form.getInputProps(`addresses.${index}.line2`)} />
            <TextInput label="City" required {...form.getInputProps(`addresses.${index}.city`)} />
            <TextInput label="State" {...form.getInputProps(`addresses.${index}.state`)} />
            <TextInput label="Postal code" {...form.getInputProps(`addresses.${index}.postal_code`)} />
            <TextInput label="Country (ISO code)" maxLength={2} {...form.getInputProps(`addresses.${index}.country`)} />
            <NumberInput
              label="Latitude"
              decimalScale={6}
              min={-90}
              max={90}
              hideControls
              {...form.getInputProps(`addresses.${index}.latitude`)}
            />
            <NumberInput
              label="Longitude"
              decimalScale={6}
              min={-180}
              max={180}
              hideControls
              {...form.getInputProps(`addresses.${index}.longitude`)}
            />
          </SimpleGrid>
          {address.latitude === '' ? (
            <Text size="xs" c="dimmed" mt="xs">
              Without coordinates the address is not shown on maps.
            </Text>
          ) : null}
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
