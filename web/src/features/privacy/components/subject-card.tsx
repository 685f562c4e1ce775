import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconEraser } from '@tabler/icons-react'
import { useState } from 'react'
import { describeError } from '@/lib/api/problem'
import { useExportSubject, type Erasure, type Subject } from '../api/privacy'
import { EraseModal } from './erase-modal'
import { SubjectPicker } from './subject-picker'

/** Find a person, then export everything held about them or erase them. */
export function SubjectCard() {
  const [subject, setSubject] = useState<Subject | null>(null)
  const [erasing, setErasing] = useState(false)
  // The picker starts afresh after an erasure (the person's names are gone).
  const [round, setRound] = useState(0)
  const exportData = useExportSubject()
  const download = () =>
    subject &&
    exportData.mutate(subject, {
      onSuccess: () => notifications.show({ color: 'green', message: `${subject.name}’s data downloaded` }),
      onError: (e) => notifications.show({ color: 'red', title: 'Not exported', message: describeError(e) }),
    })
  const erased = (erasure: Erasure) => {
    setErasing(false)
    setSubject(null)
    setRound((r) => r + 1)
    const more = erasure.also_erased.length ? ` (and the same person’s ${erasure.also_erased.map((o) => o.kind).join(', ')})` : ''
    notifications.show({ color: 'green', title: 'Erased', message: `The ${erasure.kind}${more} is erased; the record of it is below.` })
  }
  return (
    <Card component="section" aria-labelledby="privacy-person">
      <Stack gap="md">
        <div>
          <Title order={4} id="privacy-person">
            A person
          </Title>
          <Text size="sm" c="dimmed">
            Held as a customer’s contact or as a lead. Their other record (the contact a lead became) is included.
          </Text>
        </div>
        <SubjectPicker key={round} onPick={setSubject} />
        {subject ? (
          <Group justify="space-between" align="center" wrap="wrap" gap="sm" p="sm" bg="var(--mantine-color-gray-light)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <div>
              <Text fw={600}>{subject.name}</Text>
              <Text size="sm" c="dimmed">
                {[subject.kind === 'contact' ? 'Contact' : 'Lead', subject.context, subject.email, subject.phone].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <Group gap="xs">
              <Button variant="default" leftSection={<IconDownload size={16} />} loading={exportData.isPending} onClick={download}>
                Export their data
              </Button>
              <Button color="red" variant="light" leftSection={<IconEraser size={16} />} onClick={() => setErasing(true)}>
                Erase…
              </Button>
            </Group>
          </Group>
        ) : null}
      </Stack>
      {erasing && subject ? <EraseModal subject={subject} onClose={() => setErasing(false)} onErased={erased} /> : null}
    </Card>
  )
}
