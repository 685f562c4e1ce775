import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { formatDateTime, formatMoney } from '@/lib/format'
import type { Customer } from '../api/get-customer'

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

interface CustomerProfileProps {
  customer: Customer
  ownerName: string
  territoryName: string
}

export function CustomerProfile({ customer: c, ownerName, territoryName }: CustomerProfileProps) {
  return (
    <Card>
      <Title order={4} mb="md">
        Profile
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Field label="Legal name">{c.legal_name}</Field>
        <Field label="GSTIN">{c.tax_id}</Field>
        <Field label="Industry">{c.industry}</Field>
        <Field label="Territory">{territoryName}</Field>
        <Field label="Owner">{ownerName}</Field>
        <Field label="External ERP id">{c.external_id}</Field>
        <Field label="Email">{c.email}</Field>
        <Field label="Phone">{c.phone}</Field>
        <Field label="Website">{c.website}</Field>
        <Field label="Credit limit">{formatMoney(c.credit_limit, c.currency)}</Field>
        <Field label="Payment terms">{`${c.payment_terms_days} days`}</Field>
        <Field label="Consent">
          {[c.email_opt_in ? 'Email' : null, c.sms_opt_in ? 'SMS' : null].filter(Boolean).join(', ') || 'None'}
          {c.consent_updated_at ? ` (since ${formatDateTime(c.consent_updated_at)})` : ''}
        </Field>
      </SimpleGrid>
      {c.segment_tags.length > 0 ? (
        <Group gap={6} mt="md">
          {c.segment_tags.map((t) => (
            <Badge key={t} variant="light" color="grape">
              {t}
            </Badge>
          ))}
        </Group>
      ) : null}
      {c.notes ? (
        <Stack gap={2} mt="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Notes
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.notes}
          </Text>
        </Stack>
      ) : null}
    </Card>
  )
}
