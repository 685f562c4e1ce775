import { Badge, Group, Paper, Radio, SimpleGrid, Text } from '@mantine/core'
import type { Choice, MergedField, Values } from '@/lib/three-way-merge'
import { showValue, type ConflictField } from './conflict-types'

interface ConflictChoiceProps {
  field: ConflictField
  merged: MergedField
  mine: Values
  theirs: Values
  base: Values
  choice: Choice | null
  missing: boolean
  onChoose: (choice: Choice) => void
}

function Option({ value, heading, text }: { value: Choice; heading: string; text: string }) {
  return (
    <Radio.Card value={value} radius="md" p="sm" h="100%">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {heading}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {text}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  )
}

/** One field the user changed: their value beside the stored one, and which to keep. */
export function ConflictChoice({ field, merged, mine, theirs, base, choice, missing, onChoose }: ConflictChoiceProps) {
  const both = merged.kind === 'conflict'
  return (
    <Paper
      p="sm"
      radius="md"
      withBorder
      data-conflict={both ? 'both' : 'mine'}
      style={both ? { borderColor: 'var(--mantine-color-orange-5)', background: 'var(--mantine-color-orange-light)' } : undefined}
    >
      <Radio.Group
        name={`conflict-${field.key}`}
        label={
          <Group gap="xs" component="span">
            <span>{field.label}</span>
            {both ? (
              <Badge size="sm" color="orange" variant="filled" component="span">
                Both changed
              </Badge>
            ) : null}
          </Group>
        }
        description={
          both
            ? `When you opened it: ${showValue(field, merged.base, base)}`
            : 'Only you changed this'
        }
        value={choice}
        onChange={(v) => onChoose(v as Choice)}
        error={missing ? 'Choose which value to keep' : undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
          <Option value="mine" heading="Yours" text={showValue(field, merged.mine, mine)} />
          <Option value="theirs" heading="Saved by someone else" text={showValue(field, merged.theirs, theirs)} />
        </SimpleGrid>
      </Radio.Group>
    </Paper>
  )
}
