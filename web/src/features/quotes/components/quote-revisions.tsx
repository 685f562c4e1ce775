import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { formatDate, formatMoney } from '@/lib/format'
import { useQuotes } from '../api/get-quotes'
import { QuoteStatusBadge } from './quote-status'

/** Every revision of the quote's number, newest first; the one shown is marked, the others link. */
export function QuoteRevisions({ number, currentId }: { number: string; currentId: string }) {
  const query = useQuotes({ number, sort: '-created_at' })
  const revisions = flattenPages(query.data)
  return (
    <Card>
      <Title order={4} mb="sm">
        Revisions
      </Title>
      {query.isPending ? (
        <LoadingState />
      ) : revisions.length <= 1 ? (
        <Text size="sm" c="dimmed">
          This is the only revision.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {revisions.map((r) => (
            <Group component="li" key={r.id} justify="space-between" wrap="nowrap">
              <div>
                {r.id === currentId ? (
                  <Text size="sm" fw={600} aria-current="page">
                    {r.display_number} (shown)
                  </Text>
                ) : (
                  <Anchor component={Link} to={`/quotes/${r.id}`} size="sm" fw={600}>
                    {r.display_number}
                  </Anchor>
                )}
                <Text size="xs" c="dimmed">
                  {formatDate(r.quote_date)} · {formatMoney(r.grand_total, r.currency)}
                  {r.is_current ? ' · current' : ' · read-only'}
                </Text>
              </div>
              <QuoteStatusBadge status={r.status} size="xs" />
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  )
}
