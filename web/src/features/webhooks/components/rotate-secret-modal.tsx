import { Button, Group, Modal } from '@mantine/core'
import { useState } from 'react'
import { GraceMinutesForm } from '@/components/forms/grace-minutes-form'
import { SecretOnce } from '@/components/ui/secret-once'
import { useRotateWebhookSecret, type Webhook, type WebhookSecret } from '../api/webhooks'

/** A new signing secret, shown once; deliveries may carry the old one's signature too for a while. */
export function RotateSecretModal({ webhook, onClose }: { webhook: Webhook; onClose: () => void }) {
  const rotate = useRotateWebhookSecret()
  const [issued, setIssued] = useState<WebhookSecret | null>(null)
  return (
    <Modal
      opened
      onClose={onClose}
      title={issued ? 'The new signing secret' : 'Rotate the signing secret'}
      size="lg"
      closeOnClickOutside={!issued}
      closeOnEscape={!issued}
      withCloseButton={!issued}
    >
      {issued ? (
        <SecretOnce kept="It is kept sealed, for signing only, and never shown again." values={[{ label: 'Signing secret', value: issued.secret, description: 'Deploy it to the receiver; it verifies webhook-signature with it.' }]}>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have stored the secret</Button>
          </Group>
        </SecretOnce>
      ) : (
        <GraceMinutesForm
          explanation="Deliveries are signed with a new secret. During the grace period each carries a second signature made with the old one, so the receiver accepts either while it switches."
          label="Also sign with the old secret for"
          submitLabel="Rotate the secret"
          loading={rotate.isPending}
          onCancel={onClose}
          onSubmit={async (graceMinutes) => setIssued(await rotate.mutateAsync({ webhookId: webhook.id, graceMinutes }))}
        />
      )}
    </Modal>
  )
}
