import { ActionIcon, Button, Card, CopyButton, Group, Skeleton, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react'
import { useCalendarFeed, useRotateCalendarFeed } from '../api/calendar-feed'

export function CalendarFeedCard() {
  const feed = useCalendarFeed()
  const rotate = useRotateCalendarFeed()
  const confirmRotate = () =>
    modals.openConfirmModal({
      title: 'Make a new calendar address?',
      children: (
        <Text size="sm">Calendars subscribed to the current address stop updating. Use this if the address was shared by mistake.</Text>
      ),
      labels: { confirm: 'Make a new address', cancel: 'Keep the current one' },
      confirmProps: { color: 'red' },
      onConfirm: () => rotate.mutate(),
    })
  return (
    <Card>
      <Title order={5} mb={4}>
        Subscribe to my calendar
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        Add this address to Google Calendar, Outlook or your phone (&ldquo;subscribe by URL&rdquo;). It is private: anyone with it can see your
        activities.
      </Text>
      {feed.isPending ? (
        <Skeleton h={36} />
      ) : feed.isError ? (
        <Text size="sm" c="red">
          The calendar address could not be loaded.
        </Text>
      ) : (
        <Group gap="xs" wrap="nowrap">
          <TextInput value={feed.data.url} readOnly aria-label="Calendar feed address" style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton value={feed.data.url}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy address'}>
                <ActionIcon variant="light" size="lg" onClick={copy} aria-label="Copy calendar address">
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      )}
      <Button variant="subtle" size="xs" color="red" mt="xs" leftSection={<IconRefresh size={14} />} loading={rotate.isPending} onClick={confirmRotate}>
        Make a new address
      </Button>
    </Card>
  )
}
