import { Anchor, Button, Card, Group, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from 'react-router'
import { ErrorState, LoadingState } from '@/components/ui/query-states'
import { flattenPages } from '@/lib/api/pagination'
import { useQuotes } from '../api/get-quotes'
import { QuoteTable } from './quote-table'

interface RelatedQuotesProps {
  /** The customer's quotes, or the deal's. */
  links: { customer_id: string } | { opportunity_id: string; customer_id: string }
  canWrite: boolean
}

/** A customer's or a deal's quotes (current revisions), with "New quote" prefilled for them. */
export function RelatedQuotes({ links, canWrite }: RelatedQuotesProps) {
  const filters = 'opportunity_id' in links ? { opportunity_id: links.opportunity_id } : { customer_id: links.customer_id }
  const query = useQuotes(filters, 10)
  const quotes = flattenPages(query.data)
  const newQuote = `/quotes/new?${new URLSearchParams(links).toString()}`
  const all = `/quotes?customer_id=${links.customer_id}`
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Quotes</Title>
        {canWrite ? (
          <Button component={Link} to={newQuote} size="xs" variant="light" leftSection={<IconPlus size={14} />}>
            New quote
          </Button>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : quotes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No quotes yet.
        </Text>
      ) : (
        <>
          <QuoteTable quotes={quotes} label="Related quotes" compact />
          {query.hasNextPage ? (
            <Anchor component={Link} to={all} size="sm">
              All quotes
            </Anchor>
          ) : null}
        </>
      )}
    </Card>
  )
}
