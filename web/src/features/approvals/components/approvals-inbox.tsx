import { Badge, Card, Group, Loader, Tabs, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { countLabel, type InboxSectionKey } from '../inbox-sections'

export interface InboxSection {
  key: InboxSectionKey
  label: string
  /** What waits in the section: null while its first page loads. */
  count: number | null
  more: boolean
  panel: ReactNode
}

/**
 * The head's one inbox: a tab per kind of decision, each with how many items wait, the
 * open tab's list below. `active` is kept in the URL, so a section can be linked to.
 */
export function ApprovalsInbox({ sections, active, onChange }: { sections: InboxSection[]; active: InboxSectionKey; onChange: (key: InboxSectionKey) => void }) {
  return (
    <Tabs
      value={active}
      onChange={(v) => v && onChange(v as InboxSectionKey)}
      keepMounted={false}
      variant="outline"
      // One row of tabs on a phone too: tighter, and scrolled sideways rather than wrapped.
      styles={{ list: { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }, tab: { paddingInline: 'var(--mantine-spacing-sm)' } }}
    >
      <Tabs.List mb={-1}>
        {sections.map((s) => {
          const label = countLabel(s.count, s.more)
          return (
            <Tabs.Tab key={s.key} value={s.key}>
              <Group gap={8} wrap="nowrap">
                <Text size="sm" fw={600} span>
                  {s.label}
                </Text>
                {label === null ? (
                  <Loader size={12} aria-label={`Counting ${s.label.toLowerCase()}`} />
                ) : (
                  <Badge size="sm" circle={label.length < 3} variant={s.count ? 'filled' : 'light'} color={s.count ? 'orange' : 'gray'} data-testid={`inbox-count-${s.key}`}>
                    {label}
                  </Badge>
                )}
              </Group>
            </Tabs.Tab>
          )
        })}
      </Tabs.List>
      {sections.map((s) => (
        <Tabs.Panel key={s.key} value={s.key}>
          <Card p={0} style={{ borderTopLeftRadius: 0 }}>
            {s.panel}
          </Card>
        </Tabs.Panel>
      ))}
    </Tabs>
  )
}
