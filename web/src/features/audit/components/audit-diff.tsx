import { Code, Table, Text } from '@mantine/core'

type Json = Record<string, unknown> | null

function show(value: unknown): string {
  if (value === undefined) return ''
  if (value === null) return 'null'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The fields an audited change touched, before and after. */
export function AuditDiff({ before, after }: { before: Json; after: Json }) {
  const keys = Array.from(new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])).filter(
    (k) => show(before?.[k]) !== show(after?.[k]),
  )
  if (keys.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No field changes recorded.
      </Text>
    )
  }
  return (
    <Table withTableBorder fz="xs" verticalSpacing={4} aria-label="Changed fields">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={180}>Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((k) => (
          <Table.Tr key={k}>
            <Table.Td>
              <Code>{k}</Code>
            </Table.Td>
            <Table.Td c="red.8" style={{ wordBreak: 'break-all' }}>
              {show(before?.[k])}
            </Table.Td>
            <Table.Td c="green.8" style={{ wordBreak: 'break-all' }}>
              {show(after?.[k])}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
