import { Group, Paper, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import type { ReactNode } from 'react'

/**
 * True on a phone-sized screen, where a list of decisions reads better as cards than as
 * a table scrolled sideways (its buttons out of sight). Read at once, not after a first
 * paint, so a phone never flashes the table.
 */
export function usePhoneLayout(): boolean {
  return useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false }) ?? false
}

/** The cards' list, named like the table it replaces. */
export function ItemCardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack role="list" aria-label={label} gap="sm" p="sm">
      {children}
    </Stack>
  )
}

interface CardsOrTableProps {
  phone: boolean
  /** The list's name: the table's label, or the cards' list's. */
  label: string
  /** The table's column headings (`Table.Th` cells). */
  headings: ReactNode
  /** The rows: each item draws itself as a card or a table row, as `phone` says. */
  items: ReactNode
  /** Below the table, the width under which it scrolls sideways. */
  minWidth: number
  /** The open dialog, kept beside the list so turning a tablet (table <-> cards) keeps it. */
  dialog?: ReactNode
}

/** A list of decisions: cards on a phone, a table elsewhere, with its dialog beside it. */
export function CardsOrTable({ phone, label, headings, items, minWidth, dialog }: CardsOrTableProps) {
  return (
    <>
      {phone ? (
        <ItemCardList label={label}>{items}</ItemCardList>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table aria-label={label} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>{headings}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{items}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog}
    </>
  )
}

interface ItemCardProps {
  /** What the item is (a link to it), and under it whose or which. */
  title: ReactNode
  subtitle?: ReactNode
  /** The figure the decision is about, on the right of the title. */
  amount?: ReactNode
  /** Who and when, in one dimmed line. */
  meta?: ReactNode
  /** Why it waits. */
  children?: ReactNode
  actions?: ReactNode
  label?: string
}

/** One item of a list on a phone: title and amount, who and when, why, then its actions. */
export function ItemCard({ title, subtitle, amount, meta, children, actions, label }: ItemCardProps) {
  return (
    <Paper withBorder radius="md" p="sm" role="listitem" aria-label={label}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={0} style={{ minWidth: 0 }}>
            {title}
            {subtitle ? (
              <Text size="xs" c="dimmed">
                {subtitle}
              </Text>
            ) : null}
          </Stack>
          {amount ? (
            <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {amount}
            </Text>
          ) : null}
        </Group>
        {meta ? (
          <Text size="xs" c="dimmed">
            {meta}
          </Text>
        ) : null}
        {children}
        {actions ? (
          <Group justify="flex-end" gap="xs">
            {actions}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}
