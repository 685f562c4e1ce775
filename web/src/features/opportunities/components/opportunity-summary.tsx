import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDate, formatMoney } from '@/lib/format'
import { describeDetail, type Pipeline } from '@/lib/lookups/pipelines'
import type { Opportunity } from '../api/get-board'

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </div>
  )
}

export function OpportunitySummary({ opportunity: o, ownerName, pipelines }: { opportunity: Opportunity; ownerName: string; pipelines?: Pipeline[] }) {
  const fmt = { date: formatDate, amount: (v: string) => formatMoney(v, o.currency) }
  return (
    <Card>
      <Title order={4} mb="md">
        Deal
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Field label="Customer">
          {o.customer_name ? (
            <Anchor component={Link} to={`/customers/${o.customer_id}`} size="sm">
              {o.customer_name}
            </Anchor>
          ) : null}
        </Field>
        <Field label="Amount">{formatMoney(o.amount, o.currency)}</Field>
        <Field label="Weighted">{formatMoney(o.weighted_amount, o.currency)}</Field>
        <Field label="Probability">{`${o.probability}%`}</Field>
        <Field label="Expected close">{formatDate(o.expected_close_date)}</Field>
        <Field label="Owner">{ownerName}</Field>
        {o.closed_at ? <Field label="Closed">{formatDate(o.closed_at)}</Field> : null}
        {o.lost_reason ? <Field label="Lost because">{o.lost_reason}</Field> : null}
        {o.competitor ? <Field label="Competitor">{o.competitor}</Field> : null}
        {o.source_lead_id ? (
          <Field label="From lead">
            <Anchor component={Link} to={`/leads/${o.source_lead_id}`} size="sm">
              Open lead
            </Anchor>
          </Field>
        ) : null}
        {Object.entries(o.details)
          .filter(([k]) => k !== 'lost_reason' && k !== 'competitor')
          .map(([k, v]) => {
            const d = describeDetail(pipelines, k, v, fmt)
            return (
              <Field key={k} label={d.label}>
                {d.text}
              </Field>
            )
          })}
      </SimpleGrid>
      {o.notes ? (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {o.notes}
        </Text>
      ) : null}
    </Card>
  )
}
