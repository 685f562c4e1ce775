import { Button, Menu, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconKey, IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { describeError } from '@/lib/api/problem'
import { useDeleteWebhook, useUpdateWebhook, type Webhook } from '../api/webhooks'
import { RotateSecretModal } from './rotate-secret-modal'
import { WebhookModal } from './webhook-modal'

interface WebhookActionsProps {
  webhook: Webhook
  /** The ETag the webhook was read with: edits send it as If-Match. */
  etag: string
  onDeleted: () => void
}

/** Edit, pause or resume, rotate the secret, delete. */
export function WebhookActions({ webhook, etag, onDeleted }: WebhookActionsProps) {
  const update = useUpdateWebhook()
  const remove = useDeleteWebhook()
  const [dialog, setDialog] = useState<'edit' | 'rotate' | null>(null)
  const toggle = () => {
    const on = !webhook.is_enabled
    update.mutate(
      { webhookId: webhook.id, etag, update: { is_enabled: on } },
      {
        onSuccess: () => notifications.show({ color: 'green', message: on ? 'Deliveries resumed: what waited is sent now' : 'Deliveries paused: events wait, nothing is lost' }),
        onError: (e) => notifications.show({ color: 'red', title: on ? 'Not resumed' : 'Not paused', message: describeError(e) }),
      },
    )
  }
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this webhook?',
      children: (
        <Text size="sm">
          Nothing more is sent to <Text span ff="monospace">{webhook.url}</Text>, and its delivery log is deleted with it. To stop for a while, pause it
          instead.
        </Text>
      ),
      labels: { confirm: 'Delete the webhook', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(webhook.id, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: 'Webhook deleted' })
            onDeleted()
          },
          onError: (e) => notifications.show({ color: 'red', title: 'Not deleted', message: describeError(e) }),
        }),
    })
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
        Edit
      </Button>
      <Button
        variant={webhook.is_enabled ? 'default' : 'light'}
        color={webhook.is_enabled ? undefined : 'green'}
        leftSection={webhook.is_enabled ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
        loading={update.isPending}
        onClick={toggle}
      >
        {webhook.is_enabled ? 'Pause' : webhook.disabled_at ? 'Enable again' : 'Resume'}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setDialog('rotate')}>
            Rotate signing secret…
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete}>
            Delete…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'edit' ? <WebhookModal key={etag} edit={{ webhook, etag }} onClose={() => setDialog(null)} /> : null}
      {dialog === 'rotate' ? <RotateSecretModal webhook={webhook} onClose={() => setDialog(null)} /> : null}
    </>
  )
}
