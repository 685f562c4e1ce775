import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { humanize } from '@/lib/format'
import type { Contact } from '../api/get-customer'
import { ContactModal } from './contact-modal'

interface ContactsCardProps {
  customerId: string
  contacts: Contact[]
  canWrite: boolean
}

export function ContactsCard({ customerId, contacts, canWrite }: ContactsCardProps) {
  const [editing, setEditing] = useState<Contact | 'new' | null>(null)
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Contacts</Title>
        {canWrite ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            Add contact
          </Button>
        ) : null}
      </Group>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contacts yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label="Contacts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Reach</Table.Th>
                <Table.Th>Prefers</Table.Th>
                {canWrite ? <Table.Th w={40} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {c.name}
                      </Text>
                      {c.is_primary ? (
                        <Badge size="xs" variant="light">
                          Primary
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {c.title ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{c.email ?? ''}</Text>
                      <Text size="sm">{c.phone ?? ''}</Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{humanize(c.preferred_channel)}</Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? (
        <ContactModal customerId={customerId} contact={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  )
}
