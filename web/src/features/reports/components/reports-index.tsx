import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import { Link } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'
import { holdsRequirement } from '@/lib/auth/permissions'
import { REPORTS, type CatalogueEntry } from '../definitions/catalogue'

const GROUPS: CatalogueEntry['group'][] = ['Sales', 'Forecasts', 'Customers and leads', 'People', 'Operations']

/** Every report the caller may read, grouped, each with the question it answers. */
export function ReportsIndex({ permissions }: { permissions: readonly string[] }) {
  const shown = REPORTS.filter((r) => holdsRequirement(permissions, r.permission))
  return (
    <>
      <PageHeader title="Reports" description="Each report has its filters, a chart and a table you can download as CSV or Excel. Your reports cover the records you may see." />
      <Stack gap="xl">
        {GROUPS.map((group) => {
          const entries = shown.filter((r) => r.group === group)
          if (entries.length === 0) return null
          return (
            <section key={group} aria-label={group}>
              <Title order={4} mb="sm">
                {group}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {entries.map((r) => (
                  <UnstyledButton key={r.slug} component={Link} to={`/reports/${r.slug}`} aria-label={r.title} style={{ display: 'block', height: '100%' }}>
                    <Card withBorder h="100%">
                      <Text fw={600} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
                        {r.title} <IconChevronRight size={16} />
                      </Text>
                      <Text size="sm" c="dimmed" mt={4}>
                        {r.answers}
                      </Text>
                    </Card>
                  </UnstyledButton>
                ))}
              </SimpleGrid>
            </section>
          )
        })}
      </Stack>
    </>
  )
}
