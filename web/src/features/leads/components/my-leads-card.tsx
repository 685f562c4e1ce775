import { Anchor, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core'
import { IconTargetArrow } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useLeadCounts } from '../api/get-lead-counts'
import { LEAD_STATUSES } from './lead-options'

const SHOWN = LEAD_STATUSES.filter((s) => s.value !== 'converted' && s.value !== 'disqualified')

export function MyLeadsCard({ ownerId }: { ownerId?: string }) {
  const counts = useLeadCounts(ownerId)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{ownerId ? 'My leads' : 'Leads'}</Title>
        <Anchor component={Link} to={ownerId ? `/leads?owner_id=${ownerId}` : '/leads'} size="sm">
          {ownerId ? 'All my leads' : 'All leads'}
        </Anchor>
      </Group>
      <Stack gap="xs">
        {SHOWN.map((s) => {
          return (
            <UnstyledButton
              key={s.value}
              component={Link}
              to={`/leads?${ownerId ? `owner_id=${ownerId}&` : ''}status=${s.value}`}
              aria-label={`${s.label} leads`}
              p="xs"
              style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-3)' }}
            >
              <Group justify="space-between">
                <Group gap="sm">
                  <ThemeIcon variant="light" color={s.color} radius="xl">
                    <IconTargetArrow size={16} />
                  </ThemeIcon>
                  <Text fw={500}>{s.label}</Text>
                </Group>
                {counts.data ? (
                  <Text fw={700} size="lg" data-testid={`leads-${s.value}`}>
                    {counts.data[s.value]}
                  </Text>
                ) : counts.isError ? (
                  <Text c="red" size="sm">
                    —
                  </Text>
                ) : (
                  <Skeleton w={30} h={20} />
                )}
              </Group>
            </UnstyledButton>
          )
        })}
      </Stack>
    </Card>
  )
}
