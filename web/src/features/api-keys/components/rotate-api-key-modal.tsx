import { Button, Group, Modal } from '@mantine/core'
import { useState } from 'react'
import { GraceMinutesForm } from '@/components/forms/grace-minutes-form'
import { useRotateApiKey, type ApiKey, type ApiKeySecret } from '../api/api-keys'
import { ApiKeySecretView } from './api-key-secret-view'

/** A new secret for a key, shown once; the old one may keep working for a while. */
export function RotateApiKeyModal({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const rotate = useRotateApiKey()
  const [issued, setIssued] = useState<ApiKeySecret | null>(null)
  return (
    <Modal
      opened
      onClose={onClose}
      title={issued ? `New secret for “${apiKey.name}”` : `Rotate “${apiKey.name}”`}
      size="lg"
      closeOnClickOutside={!issued}
      closeOnEscape={!issued}
      withCloseButton={!issued}
    >
      {issued ? (
        <ApiKeySecretView secret={issued}>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have stored the key</Button>
          </Group>
        </ApiKeySecretView>
      ) : (
        <GraceMinutesForm
          explanation="The key gets a new secret. Give the integration time to switch: until then the old secret works too."
          label="Old secret keeps working for"
          submitLabel="Rotate the secret"
          loading={rotate.isPending}
          onCancel={onClose}
          onSubmit={async (graceMinutes) => setIssued(await rotate.mutateAsync({ apiKeyId: apiKey.id, graceMinutes }))}
        />
      )}
    </Modal>
  )
}
