import { ActionIcon, Button, Group, SegmentedControl, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react'
import { formatDate } from '@/lib/format'
import type { AgendaView } from './agenda-range'


interface AgendaToolbarProps {
  view: AgendaView
  days: Date[]
  onView: (view: AgendaView) => void
  onShift: (direction: -1 | 0 | 1) => void
  onNew: () => void
  /** Whose agenda it is (heads and admins). */
  picker?: ReactNode
}

export function AgendaToolbar({ view, days, onView, onShift, onNew, picker }: AgendaToolbarProps) {
  const first = days[0]!
  const last = days[days.length - 1]!
  const label = view === 'day' ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`
  return (
    <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
      <Group gap="xs">
        <ActionIcon variant="default" size="lg" onClick={() => onShift(-1)} aria-label={view === 'day' ? 'Previous day' : 'Previous week'}>
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Button variant="default" onClick={() => onShift(0)}>
          Today
        </Button>
        <ActionIcon variant="default" size="lg" onClick={() => onShift(1)} aria-label={view === 'day' ? 'Next day' : 'Next week'}>
          <IconChevronRight size={18} />
        </ActionIcon>
        <Text fw={600} ml="xs" aria-live="polite">
          {label}
        </Text>
      </Group>
      <Group gap="xs">
        {picker}
        <SegmentedControl
          value={view}
          onChange={(v) => onView(v as AgendaView)}
          data={[
            { value: 'week', label: 'Week' },
            { value: 'day', label: 'Day' },
          ]}
          aria-label="Agenda view"
        />
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          New activity
        </Button>
      </Group>
    </Group>
  )
}
