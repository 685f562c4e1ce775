import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDate, formatDateTime, humanize } from '@/lib/format'
import type { Quote } from '../api/get-quote'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  )
}

/** Who, when and on what terms; the approval's outcome and comment when there is one. */
export function QuoteSummary({ quote, ownerName, approverName, contactName }: { quote: Quote; ownerName: string; approverName: string; contactName: string }) {
  return (
    <Card>
      <Title order={4} mb="md">
        Details
      </Title>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
        <Item label="Customer">
          <Anchor component={Link} to={`/customers/${quote.customer_id}`}>
            {quote.customer_name ?? 'Customer'}
          </Anchor>
        </Item>
        <Item label="Deal">
          {quote.opportunity_id ? (
            <Anchor component={Link} to={`/opportunities/${quote.opportunity_id}`}>
              Open deal
            </Anchor>
          ) : (
            '—'
          )}
        </Item>
        <Item label="Contact">{contactName}</Item>
        <Item label="Quote date">{formatDate(quote.quote_date)}</Item>
        <Item label="Valid until">{formatDate(quote.valid_until)}</Item>
        <Item label="Owner">{ownerName}</Item>
        <Item label="Supply">{quote.place_of_supply ? `${humanize(quote.supply)} (${quote.place_of_supply})` : humanize(quote.supply)}</Item>
        {quote.submitted_at ? <Item label="Submitted">{formatDateTime(quote.submitted_at)}</Item> : null}
        {quote.approved_at ? (
          <Item label="Approved">
            {quote.approved_by_id ? `${formatDateTime(quote.approved_at)} by ${approverName}` : `${formatDateTime(quote.approved_at)}, within the author's limit`}
          </Item>
        ) : null}
        {quote.sent_at ? <Item label="Sent">{formatDateTime(quote.sent_at)}</Item> : null}
        {quote.accepted_at ? <Item label="Accepted">{formatDateTime(quote.accepted_at)}</Item> : null}
        {quote.rejected_at ? <Item label="Rejected">{formatDateTime(quote.rejected_at)}</Item> : null}
      </SimpleGrid>
      {quote.approval_comment ? (
        <Text size="sm" mt="md">
          <b>Approval comment:</b> {quote.approval_comment}
        </Text>
      ) : null}
      {quote.rejection_reason ? (
        <Text size="sm" mt="xs">
          <b>Rejection reason:</b> {quote.rejection_reason}
        </Text>
      ) : null}
      {quote.terms ? (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          <b>Terms:</b> {quote.terms}
        </Text>
      ) : null}
    </Card>
  )
}
