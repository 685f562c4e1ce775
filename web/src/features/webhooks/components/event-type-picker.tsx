import { Checkbox, Group, Input, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { humanize } from '@/lib/format'
import type { WebhookEventType, WebhookEventTypeInfo } from '../api/webhooks'

interface EventTypePickerProps {
  types: WebhookEventTypeInfo[]
  value: WebhookEventType[]
  onChange: (value: WebhookEventType[]) => void
  error?: ReactNode
}

/** The record kind an event type is about: `sales_order.confirmed` -> `sales_order`. */
const kindOf = (type: string) => type.split('.')[0] ?? type

/** The event types grouped by record kind, each with what it means; a group's box takes all of its types. */
export function EventTypePicker({ types, value, onChange, error }: EventTypePickerProps) {
  const groups = types.reduce<Map<string, WebhookEventTypeInfo[]>>((map, t) => map.set(kindOf(t.type), [...(map.get(kindOf(t.type)) ?? []), t]), new Map())
  const set = (changed: WebhookEventType[], on: boolean) =>
    onChange(on ? [...new Set([...value, ...changed])] : value.filter((t) => !changed.includes(t)))
  return (
    <Input.Wrapper
      label="Event types"
      required
      description={`What the receiver is told about. ${value.length} of ${types.length} chosen.`}
      error={error}
      id="webhook-event-types"
    >
      <ScrollArea.Autosize mah={340} type="auto" mt={6} offsetScrollbars>
        <Stack gap="md" pr="xs">
          {[...groups].map(([kind, items]) => {
            const chosen = items.filter((t) => value.includes(t.type)).length
            return (
              <div key={kind} role="group" aria-label={`${humanize(kind)} events`}>
                <Group gap="xs" mb={6}>
                  <Checkbox
                    label={<Text fw={600} size="sm">{`${humanize(kind)} events`}</Text>}
                    checked={chosen === items.length}
                    indeterminate={chosen > 0 && chosen < items.length}
                    onChange={(e) => set(items.map((t) => t.type), e.currentTarget.checked)}
                  />
                  <Text size="xs" c="dimmed">
                    {chosen}/{items.length}
                  </Text>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} pl="lg">
                  {items.map((t) => (
                    <Checkbox
                      key={t.type}
                      size="xs"
                      label={<Text size="sm" ff="monospace">{t.type}</Text>}
                      description={t.description}
                      checked={value.includes(t.type)}
                      onChange={(e) => set([t.type], e.currentTarget.checked)}
                    />
                  ))}
                </SimpleGrid>
              </div>
            )
          })}
        </Stack>
      </ScrollArea.Autosize>
    </Input.Wrapper>
  )
}
