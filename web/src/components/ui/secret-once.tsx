import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react'
import type { ReactNode } from 'react'

export interface SecretValue {
  label: string
  value: string
  description?: ReactNode
}

/**
 * A secret the API shows once (an API key, a webhook's signing secret): each value in a
 * box with a copy button, under a warning that it cannot be read again.
 */
interface SecretOnceProps {
  values: SecretValue[]
  /** Why it cannot be shown again: how the API keeps it. */
  kept: string
  children?: ReactNode
}

export function SecretOnce({ values, kept, children }: SecretOnceProps) {
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy it now: it is shown only this once">
        <Text size="sm">
          {kept} Store it in the integration’s secret store now, never in code or a ticket. If it is lost, rotate it to get a new one.
        </Text>
      </Alert>
      <SecretValues values={values} />
      {children}
    </Stack>
  )
}

/** Secret values in copyable boxes, without the warning (a second group under the first). */
function SecretValues({ values }: { values: SecretValue[] }) {
  return (
    <Stack gap="md">
      {values.map((v) => (
        <SecretBox key={v.label} {...v} />
      ))}
    </Stack>
  )
}
SecretOnce.Values = SecretValues

function SecretBox({ label, value, description }: SecretValue) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code
          block
          role="textbox"
          aria-readonly="true"
          aria-label={label}
          tabIndex={0}
          style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all', userSelect: 'all' }}
        >
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : `Copy ${label.toLowerCase()}`}>
              <ActionIcon variant="light" size="lg" color={copied ? 'green' : undefined} onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  )
}
