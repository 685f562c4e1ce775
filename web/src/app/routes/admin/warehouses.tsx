import { Anchor, Badge, Button, Card, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/query-states'
import { useWarehouses, type Warehouse } from '@/features/inventory/api/inventory'
import { WarehouseModal } from '@/features/inventory/components/warehouse-modal'

export function Component() {
  const warehouses = useWarehouses()
  const [editing, setEditing] = useState<Warehouse | 'new' | null>(null)
  return (
    <>
      <PageHeader
        title="Warehouses"
        description="Where stock is kept. An inactive warehouse keeps its stock history but takes no new stock."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New warehouse
          </Button>
        }
      />
      <Card p={0}>
        {warehouses.isPending ? (
          <LoadingState />
        ) : warehouses.isError ? (
          <ErrorState error={warehouses.error} onRetry={() => void warehouses.refetch()} />
        ) : warehouses.data.length === 0 ? (
          <EmptyState title="No warehouses yet" />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label="Warehouses">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Address</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {warehouses.data.map((w) => (
                  <Table.Tr key={w.id}>
                    <Table.Td>
                      <Anchor component="button" type="button" fw={600} size="sm" ff="monospace" onClick={() => setEditing(w)}>
                        {w.code}
                      </Anchor>
                      {w.is_active ? null : (
                        <Badge ml="xs" size="xs" color="gray">
                          Inactive
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{w.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {w.address ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {editing ? <WarehouseModal warehouse={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
