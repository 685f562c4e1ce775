import { Anchor, Badge, Button, Card, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { TaxModal, TREATMENTS } from '@/features/taxes/components/tax-modal'
import { formatPercent } from '@/lib/format'
import { useTaxCategories, type TaxCategory } from '@/lib/lookups/catalogue'

const half = (rate: string) => String(Number(rate) / 2)

export function Component() {
  const taxes = useTaxCategories()
  const [editing, setEditing] = useState<TaxCategory | 'new' | null>(null)
  return (
    <>
      <PageHeader
        title="Taxes"
        description="Tax categories and their GST rates: CGST + SGST within the company's state, IGST across states."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New tax category
          </Button>
        }
      />
      <Card p={0}>
        {taxes.isPending ? (
          <LoadingState />
        ) : taxes.isError ? (
          <ErrorState error={taxes.error} onRetry={() => void taxes.refetch()} />
        ) : taxes.data.length === 0 ? (
          <EmptyState title="No tax categories yet" />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Tax categories">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Treatment</Table.Th>
                  <Table.Th ta="right">GST</Table.Th>
                  <Table.Th ta="right">CGST + SGST</Table.Th>
                  <Table.Th ta="right">IGST</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {taxes.data.map((t) => {
                  const taxable = t.treatment === 'taxable'
                  return (
                    <Table.Tr key={t.id}>
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} size="sm" onClick={() => setEditing(t)}>
                          {t.name}
                        </Anchor>
                        {t.is_active ? null : (
                          <Badge ml="xs" size="xs" color="gray">
                            Inactive
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {t.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>{TREATMENTS.find((x) => x.value === t.treatment)?.label.split(' (')[0]}</Table.Td>
                      <Table.Td ta="right">{formatPercent(Number(t.rate))}</Table.Td>
                      <Table.Td ta="right">{taxable ? `${half(t.rate)}% + ${half(t.rate)}%` : '—'}</Table.Td>
                      <Table.Td ta="right">{taxable ? formatPercent(Number(t.rate)) : '—'}</Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {editing ? <TaxModal category={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
