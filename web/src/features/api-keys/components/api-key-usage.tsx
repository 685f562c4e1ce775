import { Anchor, Card, Code, Collapse, Group, List, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react'

const origin = () => globalThis.location?.origin ?? ''

/** How an integration calls the API with a key: the header, or the OAuth2 client-credentials flow. */
export function ApiKeyUsage() {
  const [open, { toggle }] = useDisclosure(false)
  return (
    <Card withBorder mb="md" component="section" aria-labelledby="api-key-usage">
      <Group justify="space-between" wrap="nowrap">
        <Title order={5} id="api-key-usage">
          How an integration uses a key
        </Title>
        <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={open}>
          <Group gap={4} wrap="nowrap">
            {open ? 'Hide' : 'Show'} {open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          </Group>
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        A key is for a program (an ERP, a data warehouse), not a person: it acts within its scopes and rows, and the audit log names it.
      </Text>
      <Collapse in={open}>
        <List size="sm" spacing="xs" mt="sm">
          <List.Item>
            <Text span inherit fw={500}>
              With the key:{' '}
            </Text>
            send it on every request as <Code>X-API-Key: sk_live_…</Code> or <Code>Authorization: Bearer sk_live_…</Code>.
          </List.Item>
          <List.Item>
            <Text span inherit fw={500}>
              OAuth2 client credentials:{' '}
            </Text>
            the client id is the key’s id (<Text span inherit fs="italic">Copy client id</Text> in a key’s menu), the client secret was shown with the key.
            Exchange them for an access token valid 15 minutes, send it as <Code>Authorization: Bearer</Code>, ask again when it expires:
            <Code block mt={6}>
              {`POST ${origin()}/api/v1/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=<client id>&client_secret=<client secret>`}
            </Code>
            <Text size="xs" c="dimmed" mt={4}>
              The id and secret may come as HTTP Basic instead; <Code>scope=customers:read</Code> asks for fewer scopes than the key has.
            </Text>
          </List.Item>
          <List.Item>
            <Text span inherit fw={500}>
              Rotate{' '}
            </Text>
            when a secret may have leaked or on a schedule (the old one can keep working for a while); <Text span inherit fw={500}>revoke</Text> to end a key and
            every token made from it at once. The API’s full guide is in the README, “Integrations: API keys”.
          </List.Item>
        </List>
      </Collapse>
    </Card>
  )
}
