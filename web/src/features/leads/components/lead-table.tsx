import { Anchor, Badge, Progress, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { RowSelection } from '@/components/lists/row-selection'
import { SelectAllHeader, SelectCell } from '@/components/lists/select-cells'
import { formatDate, formatMoney } from '@/lib/format'
import { personName, type User } from '@/lib/lookups/users'
import type { Lead } from '../api/get-leads'
import { scoreColor, sourceLabel, statusOption } from './lead-options'

export function leadName(l: Pick<Lead, 'person_name' | 'company_name'>): string {
  return l.company_name ?? l.person_name ?? 'Unnamed lead'
}

/** `selection`: row checkboxes for bulk actions (absent when the user may take none). */
export function LeadTable({ leads, people, selection }: { leads: Lead[]; people?: User[]; selection?: RowSelection }) {
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table aria-label="Leads">
        <Table.Thead>
          <Table.Tr>
            <SelectAllHeader selection={selection} noun="leads" />
            <Table.Th>Lead</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th visibleFrom="lg">Source</Table.Th>
            <Table.Th w={130}>Score</Table.Th>
            <Table.Th ta="right">Est. value</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th visibleFrom="lg">Captured</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leads.map((l) => {
            const status = statusOption(l.status)
            return (
              <Table.Tr key={l.id} bg={selection?.isSelected(l.id) ? 'var(--mantine-primary-color-light)' : undefined}>
                <SelectCell selection={selection} id={l.id} name={leadName(l)} />
                <Table.Td>
                  <Anchor component={Link} to={`/leads/${l.id}`} fw={600} size="sm">
                    {leadName(l)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[l.company_name ? l.person_name : null, l.address.city].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={status.color} variant="light">
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td visibleFrom="lg">{sourceLabel(l.source)}</Table.Td>
                <Table.Td>
                  <Text size="xs" fw={600}>
                    {l.score}
                  </Text>
                  <Progress value={l.score} color={scoreColor(l.score)} size="sm" aria-label={`Score ${l.score} of 100`} />
                </Table.Td>
                <Table.Td ta="right">{formatMoney(l.estimated_value, l.currency)}</Table.Td>
                <Table.Td>{l.owner_id ? personName(people, l.owner_id) : 'Unassigned'}</Table.Td>
                <Table.Td visibleFrom="lg">{formatDate(l.captured_at)}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
