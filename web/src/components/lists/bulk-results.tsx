import { Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { ApiError, describeError } from '@/lib/api/problem'
import type { BulkResult, BulkRowResult } from '@/lib/list-tools/endpoints'

/** The server's reason for a refused row, as a sentence (the same table as every error). */
function rowMessage(row: BulkRowResult): string {
  const error = new ApiError({
    status: row.status,
    code: row.code ?? 'http_error',
    title: row.title ?? 'Not done',
    detail: row.detail,
    errors: row.errors?.map((e) => ({ loc: e.loc, msg: e.msg, type: e.type })),
  })
  const fields = error.errors.map((e) => e.msg).filter((m) => m !== error.detail)
  return [describeError(error), ...fields].join(' ')
}

/** Which rows the action changed and which it did not, with the server's reason, by name. */
export function BulkResults({ result, names }: { result: BulkResult; names: Record<string, string> }) {
  return (
    <Stack gap="sm" aria-label="Results">
      <Group gap="xs">
        <Badge color="green" variant="light">
          {result.succeeded} done
        </Badge>
        {result.failed > 0 ? (
          <Badge color="red" variant="light">
            {result.failed} not done
          </Badge>
        ) : null}
      </Group>
      <List spacing="xs" size="sm" center aria-label="Result per record">
        {result.results.map((row) => (
          <List.Item
            key={row.id}
            data-outcome={row.outcome}
            icon={
              <ThemeIcon size={20} radius="xl" color={row.outcome === 'ok' ? 'green' : 'red'} variant="light">
                {row.outcome === 'ok' ? <IconCheck size={12} /> : <IconAlertTriangle size={12} />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600} span>
              {names[row.id] ?? 'A record no longer in the list'}
            </Text>
            <Text size="sm" span c={row.outcome === 'ok' ? 'dimmed' : 'red'}>
              {row.outcome === 'ok' ? ' — done' : ` — ${rowMessage(row)}`}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}
