import { Accordion, Code, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { SecretOnce } from '@/components/ui/secret-once'
import type { ApiKeySecret } from '../api/api-keys'

/** A new or rotated key's secret, shown once: the key itself and its OAuth2 client credentials. */
export function ApiKeySecretView({ secret, children }: { secret: ApiKeySecret; children?: ReactNode }) {
  return (
    <SecretOnce
      kept="Only a hash of it is kept, so nobody can show it again."
      values={[
        {
          label: 'API key',
          value: secret.key,
          description: (
            <>
              Send it on every request as <Code>X-API-Key</Code> or <Code>Authorization: Bearer</Code>.
            </>
          ),
        },
      ]}
    >
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="oauth">
          <Accordion.Control>Or the OAuth2 client-credentials flow</Accordion.Control>
          <Accordion.Panel>
            <Text size="xs" c="dimmed" mb="sm">
              For a platform that prefers tokens: exchange these at <Code>POST /api/v1/oauth/token</Code> for a short-lived access token. Same
              key, same scopes (both are parts of the key above); rotating or revoking the key ends them too.
            </Text>
            <SecretOnce.Values
              values={[
                { label: 'Client id', value: secret.client_id },
                { label: 'Client secret', value: secret.client_secret },
              ]}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {children}
    </SecretOnce>
  )
}
