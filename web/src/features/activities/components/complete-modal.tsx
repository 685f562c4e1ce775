import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiErrorAlert } from '@/components/ui/api-error-alert'
import type { Activity } from '../api/get-agenda'
import { useCompleteActivity } from '../api/save-activity'

export function CompleteModal({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const complete = useCompleteActivity()
  const [outcome, setOutcome] = useState('')
  return (
    <Modal opened onClose={onClose} title="Mark as done">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          complete.mutate(
            { activityId: activity.id, outcome },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: `${activity.subject} is done` })
                onClose()
              },
            },
          )
        }}
      >
        <Stack>
          <Text size="sm" fw={600}>
            {activity.subject}
          </Text>
          <Textarea
            label="Outcome"
            placeholder="What happened, what was agreed, next steps"
            autosize
            minRows={3}
            data-autofocus
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
          />
          <ApiErrorAlert error={complete.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="green" loading={complete.isPending}>
              Mark done
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
