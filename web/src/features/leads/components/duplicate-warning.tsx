import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { REVEALED, useReveal } from '@/components/ui/reveal'
import type { DuplicateCandidate } from '../api/create-lead'

const PATHS: Record<string, string> = { lead: '/leads', customer: '/customers' }
const FIELD_LABELS: Record<string, string> = { email: 'email', phone: 'phone', tax_id: 'GSTIN' }

export function CandidateLine({ c }: { c: DuplicateCandidate }) {
  const field = FIELD_LABELS[c.match_field] ?? c.match_field
  if (!c.visible || !c.id) {
    return <Text size="sm">A {c.kind} you cannot see has the same {field}.</Text>
  }
  const target = c.kind === 'contact' ? (c.customer_id ? `/customers/${c.customer_id}` : null) : `${PATHS[c.kind] ?? ''}/${c.id}`
  return (
    <Text size="sm">
      {c.kind === 'contact' ? 'Contact ' : c.kind === 'lead' ? 'Lead ' : 'Customer '}
      {target ? (
        <Anchor component={Link} to={target} target="_blank">
          {c.name ?? 'unnamed'}
        </Anchor>
      ) : (
        (c.name ?? 'unnamed')
      )}{' '}
      has the same {field}.
    </Text>
  )
}

interface DuplicateWarningProps {
  candidates: DuplicateCandidate[]
  title?: string
  hint?: string
  /** The choices offered; by default "Create anyway". */
  actions?: ReactNode
  creating?: boolean
  onCreateAnyway?: () => void
}

/** The API found possible twins: show them next to the submit button and let the user decide. */
export function DuplicateWarning({
  candidates,
  title = 'This lead may already exist',
  hint = 'Open the existing record instead, or create this lead anyway if it is a different party.',
  actions,
  creating = false,
  onCreateAnyway,
}: DuplicateWarningProps) {
  const ref = useReveal<HTMLDivElement>(candidates)
  return (
    <Alert ref={ref} {...REVEALED} color="yellow" icon={<IconCopy size={18} />} title={title} role="alert">
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {candidates.map((c, i) => (
            <List.Item key={`${c.kind}-${c.id ?? i}-${c.match_field}`}>
              <CandidateLine c={c} />
            </List.Item>
          ))}
        </List>
        <Text size="sm">{hint}</Text>
        <Group>
          {actions ?? (
            <Button size="xs" color="yellow" variant="filled" loading={creating} onClick={onCreateAnyway}>
              Create anyway
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  )
}
