import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDateTime, formatMoney } from '@/lib/format'
import type { Lead } from '../api/get-leads'
import { sourceLabel } from './lead-options'

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  )
}

export function LeadProfile({ lead: l, ownerName, territoryName }: { lead: Lead; ownerName: string; territoryName: string }) {
  const address = [l.address.line1, l.address.line2, l.address.city, l.address.state, l.address.postal_code].filter(Boolean).join(', ')
  return (
    <Card>
      <Title order={4} mb="md">
        Details
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Field label="Person">{[l.person_name, l.job_title].filter(Boolean).join(', ')}</Field>
        <Field label="Company">{l.company_name}</Field>
        <Field label="Email">{l.email}</Field>
        <Field label="Phone">{l.phone}</Field>
        <Field label="GSTIN">{l.tax_id}</Field>
        <Field label="Industry">{l.industry}</Field>
        <Field label="Source">{sourceLabel(l.source)}</Field>
        <Field label="Campaign">{l.campaign_ref}</Field>
        <Field label="Product interest">{l.product_interest}</Field>
        <Field label="Estimated value">{formatMoney(l.estimated_value, l.currency)}</Field>
        <Field label="Owner">{l.owner_id ? ownerName : 'Unassigned'}</Field>
        <Field label="Territory">{territoryName}</Field>
        <Field label="Address">{address}</Field>
        <Field label="Captured">{formatDateTime(l.captured_at)}</Field>
        {l.disqualify_reason ? <Field label="Disqualified because">{l.disqualify_reason}</Field> : null}
        {l.converted_customer_id ? (
          <Field label="Converted">
            <Anchor component={Link} to={`/customers/${l.converted_customer_id}`} size="sm">
              Customer
            </Anchor>
            {l.converted_opportunity_id ? (
              <>
                {' · '}
                <Anchor component={Link} to={`/opportunities/${l.converted_opportunity_id}`} size="sm">
                  Opportunity
                </Anchor>
              </>
            ) : null}
          </Field>
        ) : null}
      </SimpleGrid>
      {l.notes ? (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          {l.notes}
        </Text>
      ) : null}
    </Card>
  )
}
